package telltale.api;

import java.util.List;

/** A mistake in the request, answered with a 4xx and an {@link ApiError}. */
public class ClientError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient ApiError error;

  public ClientError(int status, String code, String message) {
    this(status, code, message, List.of());
  }

  public ClientError(int status, String code, String message, List<ApiError.Violation> violations) {
    super(code, null, false, false);
    this.status = status;
    this.error = new ApiError(code, message, violations);
  }

  public int status() {
    return status;
  }

  public ApiError error() {
    return error;
  }
}

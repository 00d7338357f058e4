package telltale.api;

import java.util.List;

/**
 * The JSON body of every error: a stable {@code code} for programs, a {@code message} for people
 * and, for validation, the fields at fault.
 */
public record ApiError(String code, String message, List<Violation> violations) {

  /** One field at fault and what is wrong with it. */
  public record Violation(String field, String message) {}

  public ApiError {
    violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
  }

  public static ApiError of(String code, String message) {
    return new ApiError(code, message, null);
  }
}

package telltale.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds error responses in one shape. */
public final class ErrorResponses {
  private ErrorResponses() {}

  public static Response of(int status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
  }

  /** 503 storage_unavailable with Retry-After: the database is away for a moment. */
  public static Response storageUnavailable(String message) {
    return Response.fromResponse(of(503, ApiError.of("storage_unavailable", message)))
        .header("Retry-After", "5")
        .build();
  }
}

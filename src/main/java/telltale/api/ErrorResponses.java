package telltale.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds error responses in one shape. */
public final class ErrorResponses {
  private ErrorResponses() {}

  public static Response of(int status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
  }
}

package telltale.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Client mistakes found by Telltale's own checks. */
@Provider
public class ClientErrorMapper implements ExceptionMapper<ClientError> {
  @Override
  public Response toResponse(ClientError e) {
    return ErrorResponses.of(e.status(), e.error());
  }
}

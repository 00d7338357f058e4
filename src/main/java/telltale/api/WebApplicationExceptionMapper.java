package telltale.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors the REST runtime raises (unknown path, wrong method or media type): JSON, status kept. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return ErrorResponses.of(
          503, ApiError.of("unavailable", "The service cannot answer right now; try again later."));
    }
    return ErrorResponses.of(status, ApiError.of(code(status), message(status)));
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 406 -> "not_acceptable";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      default -> "client_error";
    };
  }

  private static String message(int status) {
    return switch (status) {
      case 400 -> "The request could not be read; send a JSON body as documented at /openapi.";
      case 404 -> "Nothing is found at this address.";
      case 405 -> "This address does not accept that HTTP method.";
      case 406 ->
          "This address cannot answer in the media type asked for; ask for application/json.";
      case 415 -> "Send the body as application/json.";
      default -> "The request was not accepted.";
    };
  }
}

package telltale.openapi;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import telltale.api.ApiError;

/**
 * What an operation answers: on success the return type (or the one {@link ApiBody} names), on
 * error an {@link ApiError} for each failure the operation's inputs make possible.
 */
final class Responses {
  private static final String INVALID =
      "The request is not valid: code says why and, for validation, violations name the fields"
          + " at fault.";
  private static final String OTHER =
      "Any other error, in the same shape: for example 401 when a webhook signature does not"
          + " verify, 503 while storage is unavailable.";

  private final Schemas schemas;

  Responses(Schemas schemas) {
    this.schemas = schemas;
  }

  static Content content(String mediaType, Schema schema) {
    return OASFactory.createContent()
        .addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
  }

  APIResponses of(Method method, Operation operation, String produces) {
    APIResponses responses = OASFactory.createAPIResponses();
    success(method, produces, responses);
    errors(operation, responses);
    return responses;
  }

  private void success(Method method, String produces, APIResponses responses) {
    ApiBody body = method.getAnnotation(ApiBody.class);
    Type type = body == null ? method.getGenericReturnType() : body.value();
    int[] statuses = body == null ? new int[] {type == void.class ? 204 : 200} : body.status();
    for (int status : statuses) {
      APIResponse response = OASFactory.createAPIResponse().description(reason(status));
      if (type != void.class && type != Response.class) {
        response.content(content(produces, schemas.of(type)));
      }
      responses.addAPIResponse(String.valueOf(status), response);
    }
  }

  private void errors(Operation operation, APIResponses responses) {
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    boolean body = operation.getRequestBody() != null;
    if (body || parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.PATH)) {
      error(responses, 400, INVALID);
    }
    if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
      error(responses, 404, "Nothing is found at this address.");
    }
    if (body) {
      error(responses, 413, "The body is larger than telltale.api.max-body-bytes.");
    }
    if (body && operation.getRequestBody().getContent().hasMediaType(MediaType.APPLICATION_JSON)) {
      error(responses, 415, "The body is not sent as application/json.");
    }
    responses.defaultValue(error(OTHER));
  }

  private void error(APIResponses responses, int status, String description) {
    responses.addAPIResponse(String.valueOf(status), error(description));
  }

  private APIResponse error(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(content(MediaType.APPLICATION_JSON, schemas.of(ApiError.class)));
  }

  private static String reason(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Success" : known.getReasonPhrase();
  }
}

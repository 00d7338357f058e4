package telltale.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a path or query parameter holding a control character (a decoded %00, %0A...) with 400
 * control_character naming the parameter, before it reaches a query: ids and dates never hold one,
 * and PostgreSQL cannot compare text with NUL in it.
 */
@Provider
public class ControlCharacterFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    List<ApiError.Violation> violations = new ArrayList<>();
    check(request.getUriInfo().getPathParameters(), violations);
    check(request.getUriInfo().getQueryParameters(), violations);
    if (!violations.isEmpty()) {
      throw new ClientError(
          400,
          "control_character",
          "A parameter contains control characters such as NUL; see violations.",
          violations);
    }
  }

  private static void check(
      MultivaluedMap<String, String> parameters, List<ApiError.Violation> to) {
    parameters.forEach(
        (name, values) -> {
          if (values.stream().anyMatch(ControlCharacterFilter::hasControlCharacter)) {
            to.add(new ApiError.Violation(name, "must not contain control characters such as NUL"));
          }
        });
  }

  static boolean hasControlCharacter(String value) {
    return value != null && value.chars().anyMatch(Character::isISOControl);
  }
}

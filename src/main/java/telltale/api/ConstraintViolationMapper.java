package telltale.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures: 400 with each field path and a message written for a person. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<ApiError.Violation> violations =
        e.getConstraintViolations().stream()
            .map(v -> new ApiError.Violation(field(v), v.getMessage()))
            .sorted(Comparator.comparing(ApiError.Violation::field))
            .distinct()
            .toList();
    return ErrorResponses.of(
        400,
        new ApiError(
            "validation_failed", "Some fields are not valid; see violations.", violations));
  }

  /** The path within the body, e.g. emails[0] or interviews[1].round; method nodes are dropped. */
  public static String field(ConstraintViolation<?> violation) {
    List<String> parts = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() != ElementKind.PROPERTY
          && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      if (node.isInIterable() && !parts.isEmpty()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
        }
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        parts.add(node.getName());
      }
    }
    return parts.isEmpty() ? "body" : String.join(".", parts);
  }
}

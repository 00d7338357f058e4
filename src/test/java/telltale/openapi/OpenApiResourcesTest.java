package telltale.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /openapi describes the resources {@link OpenApiResources} finds; these keep that true. */
class OpenApiResourcesTest {

  @Test
  void findsEveryResourceOfTheApplicationInPathOrder() {
    List<String> found =
        OpenApiResources.all().stream()
            .map(type -> type.getAnnotation(Path.class).value())
            .toList();
    assertEquals(20, found.size(), found.toString());
    assertTrue(found.contains("api/v1/screenings"), found.toString());
    assertTrue(found.contains("webhooks"), found.toString());
    assertTrue(found.contains("webhooks/persona"), found.toString());
    assertEquals(found.stream().sorted().toList(), found);
  }

  @Test
  void everyMethodAnsweringAResponseNamesItsBody() {
    List<String> unnamed =
        OpenApiResources.all().stream()
            .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
            .filter(method -> method.getReturnType() == Response.class)
            .filter(
                method ->
                    Arrays.stream(method.getAnnotations()).anyMatch(OpenApiResourcesTest::isVerb))
            .filter(method -> !method.isAnnotationPresent(ApiBody.class))
            .map(method -> method.getDeclaringClass().getSimpleName() + "." + method.getName())
            .toList();
    assertTrue(unnamed.isEmpty(), "add @ApiBody to " + unnamed);
  }

  private static boolean isVerb(Annotation annotation) {
    return annotation.annotationType().isAnnotationPresent(HttpMethod.class);
  }
}

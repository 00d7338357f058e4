package telltale.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import telltale.api.TelltaleApplication;

/** /openapi describes the resources in {@link OpenApiResources}; these keep that list true. */
class OpenApiResourcesTest {

  @Test
  void everyResourceClassIsListed() throws IOException, URISyntaxException {
    assertEquals(resourceClasses(), Set.copyOf(OpenApiResources.ALL));
  }

  @Test
  void everyMethodAnsweringAResponseNamesItsBody() {
    List<String> unnamed =
        OpenApiResources.ALL.stream()
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

  private static boolean isVerb(java.lang.annotation.Annotation annotation) {
    return annotation.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class);
  }

  /** Every class under target/classes/telltale annotated with {@code @Path}. */
  private static Set<Class<?>> resourceClasses() throws IOException, URISyntaxException {
    java.nio.file.Path classes =
        java.nio.file.Path.of(
            TelltaleApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("telltale"))) {
      return files
          .map(file -> classes.relativize(file).toString())
          .filter(name -> name.endsWith(".class"))
          .map(
              name ->
                  name.substring(0, name.length() - ".class".length())
                      .replace(java.io.File.separatorChar, '.'))
          .map(OpenApiResourcesTest::load)
          .filter(type -> type.isAnnotationPresent(Path.class))
          .collect(Collectors.toSet());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, OpenApiResourcesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }
}

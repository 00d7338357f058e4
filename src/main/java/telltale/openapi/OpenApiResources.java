package telltale.openapi;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JAX-RS resources /openapi describes: every class annotated with {@code @Path} beside this one
 * (WEB-INF/classes or the jar it came in), ordered by path. Found, not listed, so that this package
 * knows no component and a new resource is described without a change here.
 */
public final class OpenApiResources {
  private static final String ROOT = "telltale";

  private OpenApiResources() {}

  public static List<Class<?>> all() {
    // the class file's own address: a file in WEB-INF/classes, or an entry of a jar
    String self = OpenApiResources.class.getName().replace('.', '/') + ".class";
    URL url = OpenApiResources.class.getClassLoader().getResource(self);
    if (url == null) {
      throw new IllegalStateException("cannot find " + self);
    }
    try {
      String address = url.toURI().toString();
      String root = address.substring(0, address.length() - self.length());
      if (url.getProtocol().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(URI.create(address), Map.of())) {
          return resources(jar.getPath("/"));
        }
      }
      return resources(java.nio.file.Path.of(URI.create(root)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> resources(java.nio.file.Path classes) throws IOException {
    try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve(ROOT))) {
      return files
          .map(file -> classes.relativize(file).toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .map(name -> load(name.replace('/', '.').replace('\\', '.')))
          .filter(type -> !type.isInterface() && type.isAnnotationPresent(Path.class))
          .sorted(
              Comparator.comparing((Class<?> type) -> type.getAnnotation(Path.class).value())
                  .thenComparing(Class::getName))
          .<Class<?>>map(type -> type)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, OpenApiResources.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }
}

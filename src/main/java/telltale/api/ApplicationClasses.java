package telltale.api;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
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
 * The application's own JAX-RS classes, found in WEB-INF/classes (or the jar they came in) rather
 * than listed: resources (concrete classes annotated with {@code @Path}) and providers
 * ({@code @Provider}). {@link TelltaleApplication} hands exactly these to Jersey, so the REST
 * client interfaces of the vendor connectors, whose methods carry {@code @Path} too, are never
 * mistaken for resources; /openapi describes the same resources.
 */
public final class ApplicationClasses {
  private static final String ROOT = "telltale";

  private ApplicationClasses() {}

  /** Concrete resource classes, ordered by path. */
  public static List<Class<?>> resources() {
    return all().stream()
        .filter(type -> type.isAnnotationPresent(Path.class))
        .sorted(
            Comparator.comparing((Class<?> type) -> type.getAnnotation(Path.class).value())
                .thenComparing(Class::getName))
        .toList();
  }

  /** Concrete provider classes (exception mappers, filters, writers). */
  public static List<Class<?>> providers() {
    return all().stream().filter(type -> type.isAnnotationPresent(Provider.class)).toList();
  }

  private static List<Class<?>> all() {
    // the class file's own address: a file in WEB-INF/classes, or an entry of a jar
    String self = ApplicationClasses.class.getName().replace('.', '/') + ".class";
    URL url = ApplicationClasses.class.getClassLoader().getResource(self);
    if (url == null) {
      throw new IllegalStateException("cannot find " + self);
    }
    try {
      String address = url.toURI().toString();
      String root = address.substring(0, address.length() - self.length());
      if (url.getProtocol().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(URI.create(address), Map.of())) {
          return concrete(jar.getPath("/"));
        }
      }
      return concrete(java.nio.file.Path.of(URI.create(root)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> concrete(java.nio.file.Path classes) throws IOException {
    try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve(ROOT))) {
      return files
          .map(file -> classes.relativize(file).toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .map(name -> load(name.replace('/', '.').replace('\\', '.')))
          .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
          .<Class<?>>map(type -> type)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApplicationClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }
}

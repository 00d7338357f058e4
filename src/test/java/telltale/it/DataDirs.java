package telltale.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh data directories under target/, one per test server. */
public final class DataDirs {
  private DataDirs() {}

  public static String fresh(String name) {
    try {
      Path target = Path.of(System.getProperty("it.log.dir", "target"));
      Files.createDirectories(target);
      return Files.createTempDirectory(target, "data-" + name + "-").toAbsolutePath().toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

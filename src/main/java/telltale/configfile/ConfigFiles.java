package telltale.configfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Where the catalogue and reference files are read from: a directory on disk when {@code
 * telltale.config.dir} is set (so an employer edits wording and weights without a rebuild),
 * otherwise the copy of {@code config/} packaged into the application.
 */
public final class ConfigFiles {
  private static final String PACKAGED = "telltale-config/";
  private final Path directory;

  private ConfigFiles(Path directory) {
    this.directory = directory;
  }

  public static ConfigFiles packaged() {
    return new ConfigFiles(null);
  }

  public static ConfigFiles in(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new ConfigFileException(
          "telltale.config.dir " + directory + " is not a directory with the catalogue");
    }
    return new ConfigFiles(directory);
  }

  /** A name for messages, e.g. config/catalogue/rules.yaml. */
  public String describe(String relative) {
    return directory == null
        ? "config/" + relative + " (packaged)"
        : directory.resolve(relative).toString();
  }

  /** Opens a file; a name ending in .gz is decompressed. Empty when the file does not exist. */
  public Optional<InputStream> open(String relative) {
    try {
      InputStream in;
      if (directory == null) {
        in =
            Thread.currentThread().getContextClassLoader().getResourceAsStream(PACKAGED + relative);
        if (in == null) {
          in = ConfigFiles.class.getClassLoader().getResourceAsStream(PACKAGED + relative);
        }
      } else {
        Path file = directory.resolve(relative);
        in = Files.isRegularFile(file) ? Files.newInputStream(file) : null;
      }
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(relative.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in);
    } catch (IOException e) {
      throw new ConfigFileException(
          describe(relative) + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Opens a file that must exist. */
  public InputStream require(String relative) {
    return open(relative)
        .orElseThrow(() -> new ConfigFileException(describe(relative) + ": file is missing"));
  }

  /** Opens the first of several names that exists, e.g. a compressed or plain variant. */
  public Named requireOneOf(String... names) {
    for (String name : names) {
      Optional<InputStream> in = open(name);
      if (in.isPresent()) {
        return new Named(describe(name), in.get());
      }
    }
    throw new ConfigFileException(describe(names[0]) + ": file is missing");
  }

  /** An open file and its name for messages. */
  public record Named(String name, InputStream stream) {}
}

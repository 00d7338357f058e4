package telltale.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the operator set where the launcher can see it: system properties (on the command line or
 * in Payara Micro's --systemproperties file) and the environment, in MicroProfile Config's order.
 */
final class OperatorSettings {
  /** Turns the launcher's datasource defaults off, for settings kept in other Payara sources. */
  static final String DATASOURCE_DEFAULTS = "telltale.launcher.datasource-defaults";

  private final Properties fromFile;
  private final Map<String, String> environment;

  OperatorSettings(Properties fromFile, Map<String, String> environment) {
    this.fromFile = fromFile;
    this.environment = environment;
  }

  /**
   * A key's value from a system property, the --systemproperties file or the environment (under
   * the three names MicroProfile Config tries), or null.
   */
  String get(String key) {
    String value = System.getProperty(key, fromFile.getProperty(key));
    return value != null ? value : environment(environment, key);
  }

  /**
   * A key's value from the environment under the three names MicroProfile Config tries: as is,
   * with every other character than a letter or digit as underscore, and that in upper case.
   */
  static String environment(Map<String, String> environment, String key) {
    String underscored = key.replaceAll("[^A-Za-z0-9]", "_");
    for (String name : List.of(key, underscored, underscored.toUpperCase(Locale.ROOT))) {
      String value = environment.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * The properties of Payara Micro's --systemproperties file (none without the option), or empty
   * when the file cannot be read (Payara Micro reports that itself).
   */
  static Optional<Properties> systemPropertiesFile(String[] args) {
    Properties properties = new Properties();
    for (int i = 0; i + 1 < args.length; i++) {
      if ("--systemproperties".equalsIgnoreCase(args[i])) {
        try (InputStream in = Files.newInputStream(Path.of(args[i + 1]))) {
          properties.load(in);
        } catch (IOException | RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(properties);
  }
}

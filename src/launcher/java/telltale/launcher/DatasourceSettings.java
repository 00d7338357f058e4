package telltale.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives Payara's first reading of the datasource settings the values the application will use.
 *
 * <p>Payara expands the {@code ${MPCONFIG=telltale.datasource.*}} placeholders of the datasource
 * definition twice: once while it scans the application, when only system properties and the
 * environment are visible, and again when the pool starts, with the application's own
 * configuration. The first reading found nothing for the embedded defaults and logged four
 * "no value found" warnings and a RAR8068 line an operator could do nothing about. For each of
 * the four keys that no system property and no environment variable sets, the launcher sets the
 * value the application resolves: its default from the application's
 * microprofile-config.properties (copied beside this class at build time), with {@code
 * ${telltale.data.dir}} and the like resolved the same way; the class follows the URL as in
 * telltale.database.DatasourceDefaults. Keys the operator set are left alone.
 */
final class DatasourceSettings {
  static final String PREFIX = "telltale.datasource.";
  static final List<String> KEYS = List.of("url", "user", "password");
  static final String CLASS = PREFIX + "class";
  static final String DEFAULTS = "microprofile-config.properties";
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:$]+)}");

  private final Properties defaults;
  private final UnaryOperator<String> operatorSetting;

  /**
   * @param defaults the application's own defaults
   * @param operatorSetting a key's value from a system property or the environment, else null
   */
  DatasourceSettings(Properties defaults, UnaryOperator<String> operatorSetting) {
    this.defaults = defaults;
    this.operatorSetting = operatorSetting;
  }

  /** Sets, as system properties, the settings this launch leaves to the application's defaults. */
  static void applyDefaults(String[] args) {
    Properties defaults = new Properties();
    try (InputStream in = DatasourceSettings.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        return;
      }
      defaults.load(in);
    } catch (IOException e) {
      return;
    }
    Properties fromFile = systemPropertiesFile(args);
    DatasourceSettings settings =
        new DatasourceSettings(
            defaults,
            key -> {
              String value = System.getProperty(key, fromFile.getProperty(key));
              return value != null ? value : environment(System.getenv(), key);
            });
    settings.missing().forEach(System::setProperty);
  }

  /** The values to set for the datasource keys the operator did not set. */
  Map<String, String> missing() {
    Map<String, String> missing = new HashMap<>();
    for (String name : KEYS) {
      String key = PREFIX + name;
      if (operatorSetting.apply(key) == null) {
        String value = resolve(key);
        if (value != null) {
          missing.put(key, value);
        }
      }
    }
    if (operatorSetting.apply(CLASS) == null) {
      String url = resolve(PREFIX + "url");
      if (url != null) {
        missing.put(CLASS, classFor(url));
      }
    }
    return missing;
  }

  /** A key's value as the application resolves it, or null when an expression stays open. */
  String resolve(String key) {
    return resolve(key, 0);
  }

  private String resolve(String key, int depth) {
    String value = operatorSetting.apply(key);
    if (value == null) {
      value = defaults.getProperty(key);
    }
    if (value == null || depth > 8) {
      return null;
    }
    Matcher matcher = EXPRESSION.matcher(value);
    StringBuilder expanded = new StringBuilder();
    while (matcher.find()) {
      String inner = resolve(matcher.group(1), depth + 1);
      if (inner == null) {
        return null;
      }
      matcher.appendReplacement(expanded, Matcher.quoteReplacement(inner));
    }
    matcher.appendTail(expanded);
    return expanded.indexOf("${") >= 0 ? null : expanded.toString();
  }

  /** The datasource class for a JDBC URL, as telltale.database.DatasourceDefaults picks it. */
  static String classFor(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")
        ? "org.postgresql.ds.PGSimpleDataSource"
        : "org.h2.jdbcx.JdbcDataSource";
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

  /** The properties of Payara Micro's --systemproperties file, which it sets after this launch. */
  static Properties systemPropertiesFile(String[] args) {
    Properties properties = new Properties();
    for (int i = 0; i + 1 < args.length; i++) {
      if ("--systemproperties".equalsIgnoreCase(args[i])) {
        try (Reader in = Files.newBufferedReader(Path.of(args[i + 1]), StandardCharsets.UTF_8)) {
          properties.load(in);
        } catch (IOException e) {
          // Payara Micro reports an unreadable file itself
        }
      }
    }
    return properties;
  }
}

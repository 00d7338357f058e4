package telltale.launcher;

import java.io.IOException;
import java.io.InputStream;
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
 * telltale.database.DatasourceDefaults. Keys the operator set are left alone. As system
 * properties these values outrank Payara's own configuration sources (password aliases, a secrets
 * directory, cloud secrets); an operator who keeps datasource settings there turns this off with
 * telltale.launcher.datasource-defaults=false.
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

  /**
   * Sets, as system properties, the settings this launch leaves to the application's defaults;
   * nothing when the operator turned it off (telltale.launcher.datasource-defaults=false).
   */
  static void applyDefaults(OperatorSettings operator) {
    if ("false".equalsIgnoreCase(operator.get(OperatorSettings.DATASOURCE_DEFAULTS))) {
      return;
    }
    Properties defaults = new Properties();
    try (InputStream in = DatasourceSettings.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        return;
      }
      defaults.load(in);
    } catch (IOException e) {
      return;
    }
    new DatasourceSettings(defaults, operator::get).missing().forEach(System::setProperty);
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
    // MicroProfile Config reads an empty value as missing; what the application makes of that is
    // left to it
    if (value == null || value.isEmpty() || depth > 8) {
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

  /**
   * The datasource class for a JDBC URL: PostgreSQL's as telltale.database.DatasourceDefaults picks
   * it, H2 by its driver. Payara chooses how to pool from the class it sees while scanning, which
   * only the launcher's settings reach: a class that implements XADataSource, as H2's JdbcDataSource
   * does, is pooled through XA connections, and H2 closes an XA connection's previous handle each
   * time the pool takes it again, so the statements Payara caches per connection failed on their
   * next use ("The object is already closed", CleanStartIT). The driver is pooled plainly. (Without
   * the launcher the class is unknown while scanning, and Payara pools the application's choice
   * plainly as a DataSource.)
   */
  static String classFor(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")
        ? "org.postgresql.ds.PGSimpleDataSource"
        : "org.h2.Driver";
  }
}

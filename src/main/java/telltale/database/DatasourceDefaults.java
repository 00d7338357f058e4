package telltale.database;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Picks the JDBC datasource class from the configured URL, so that setting TELLTALE_DATASOURCE_URL
 * alone switches from the embedded H2 to PostgreSQL. An explicit telltale.datasource.class (any
 * other source) wins over this guess.
 */
public class DatasourceDefaults implements ConfigSource {
  static final String CLASS_KEY = "telltale.datasource.class";
  static final Map<String, String> BY_PREFIX =
      Map.of(
          "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource",
          "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource");

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(CLASS_KEY);
  }

  @Override
  public String getValue(String name) {
    if (!CLASS_KEY.equals(name)) {
      return null;
    }
    String url =
        System.getProperty("telltale.datasource.url", System.getenv("TELLTALE_DATASOURCE_URL"));
    return classFor(url);
  }

  /**
   * The class for a URL (the jar's launcher names H2 by its driver instead: DatasourceSettings).
   */
  public static String classFor(String url) {
    String lower = url == null ? "jdbc:h2:" : url.toLowerCase(Locale.ROOT);
    return BY_PREFIX.entrySet().stream()
        .filter(e -> lower.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("org.h2.jdbcx.JdbcDataSource");
  }

  /** Below the application's own properties file (100): only a fallback. */
  @Override
  public int getOrdinal() {
    return 50;
  }

  @Override
  public String getName() {
    return "telltale-datasource-defaults";
  }
}

package telltale.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * What the launcher gives Payara's first reading of the datasource settings: the application's own
 * defaults, resolved as the application resolves them, and nothing the operator set.
 */
class DatasourceSettingsTest {

  @Test
  void withNothingSetTheEmbeddedDefaultsUnderTheDataDirectoryAreGiven() throws IOException {
    Map<String, String> missing = settings(Map.of()).missing();

    assertEquals("jdbc:h2:file:./data/telltale", missing.get("telltale.datasource.url"));
    assertEquals("telltale", missing.get("telltale.datasource.user"));
    assertEquals("telltale", missing.get("telltale.datasource.password"));
    assertEquals("org.h2.Driver", missing.get("telltale.datasource.class"));
  }

  @Test
  void aDataDirectoryTheOperatorSetMovesTheDatabaseWithIt() throws IOException {
    Map<String, String> missing =
        settings(Map.of("telltale.data.dir", "/var/lib/telltale")).missing();

    assertEquals("jdbc:h2:file:/var/lib/telltale/telltale", missing.get("telltale.datasource.url"));
  }

  @Test
  void keysTheOperatorSetAreLeftAloneAndTheClassFollowsTheirUrl() throws IOException {
    Map<String, String> missing =
        settings(
                Map.of(
                    "telltale.datasource.url", "jdbc:postgresql://db:5432/telltale",
                    "telltale.datasource.password", "secret"))
            .missing();

    assertNull(missing.get("telltale.datasource.url"));
    assertNull(missing.get("telltale.datasource.password"));
    assertEquals("telltale", missing.get("telltale.datasource.user"));
    assertEquals("org.postgresql.ds.PGSimpleDataSource", missing.get("telltale.datasource.class"));
  }

  @Test
  void anExplicitClassIsNeverReplaced() throws IOException {
    Map<String, String> missing =
        settings(Map.of("telltale.datasource.class", "org.example.Pool")).missing();

    assertNull(missing.get("telltale.datasource.class"));
  }

  @Test
  void anExpressionThatCannotBeResolvedIsLeftToTheApplication() {
    Properties defaults = new Properties();
    defaults.setProperty("telltale.datasource.url", "jdbc:h2:file:${nowhere}/telltale");

    Map<String, String> missing = new DatasourceSettings(defaults, key -> null).missing();

    assertNull(missing.get("telltale.datasource.url"));
    assertNull(missing.get("telltale.datasource.class"));
  }

  @Test
  void anEmptyDataDirectoryIsLeftToTheApplicationNotTurnedIntoTheRoot() throws IOException {
    Map<String, String> missing = settings(Map.of("telltale.data.dir", "")).missing();

    assertNull(missing.get("telltale.datasource.url"));
    assertNull(missing.get("telltale.datasource.class"));
    assertEquals("telltale", missing.get("telltale.datasource.user"));
  }

  @Test
  void anEmptyPasswordTheOperatorSetIsKept() throws IOException {
    Map<String, String> missing = settings(Map.of("telltale.datasource.password", "")).missing();

    assertFalse(missing.containsKey("telltale.datasource.password"));
  }

  @Test
  void postgresqlIsPickedAsTheApplicationPicksItAndH2ByItsDriver() {
    for (String url : new String[] {"jdbc:postgresql://h/db", "JDBC:POSTGRESQL://h/db"}) {
      assertEquals(
          telltale.database.DatasourceDefaults.classFor(url),
          DatasourceSettings.classFor(url),
          url);
    }
    for (String url : new String[] {"jdbc:h2:mem:x", "jdbc:h2:file:./data/telltale", "x"}) {
      assertEquals("org.h2.Driver", DatasourceSettings.classFor(url), url);
    }
  }

  /** The application's own defaults file, with the operator's settings given. */
  private static DatasourceSettings settings(Map<String, String> operator) throws IOException {
    Properties defaults = new Properties();
    try (InputStream in =
        DatasourceSettingsTest.class.getResourceAsStream(
            "/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    return new DatasourceSettings(defaults, operator::get);
  }
}

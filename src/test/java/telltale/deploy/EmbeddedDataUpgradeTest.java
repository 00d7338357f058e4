package telltale.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.h2.engine.Constants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded data directory written by the released service still opens after an H2 upgrade.
 *
 * <p>The fixture h2-2.2.224/telltale.mv.db.gz is a real data directory's database: the service
 * (commit 25c5bff) on Payara Micro 6.2025.10, whose runtime H2 is 2.2.224, after its migrations and
 * one screening (the README's example, candidate c-1, band LOW). This test opens it with the H2 on
 * the test class path (pom.xml) and runs the migrations over it, as a start of the service would.
 */
class EmbeddedDataUpgradeTest {

  @TempDir Path dir;

  @Test
  void aDataDirectoryWrittenByH2_2_2_224OpensAndMigratesWithTheCurrentH2() throws Exception {
    try (InputStream in =
        new GZIPInputStream(getClass().getResourceAsStream("/h2-2.2.224/telltale.mv.db.gz"))) {
      Files.copy(in, dir.resolve("telltale.mv.db"));
    }
    String url = "jdbc:h2:file:" + dir.resolve("telltale");

    try (Connection c = DriverManager.getConnection(url, "telltale", "telltale");
        Statement s = c.createStatement()) {
      assertEquals(Constants.VERSION, scalar(s, "SELECT H2VERSION()"));
      assertEquals("c-1 LOW", scalar(s, "SELECT candidate_id || ' ' || band FROM screening"));
      assertTrue(
          Integer.parseInt(scalar(s, "SELECT COUNT(*) FROM fingerprint")) > 0,
          "the linkage fingerprints were read");
    }

    Flyway flyway =
        Flyway.configure()
            .dataSource(url, "telltale", "telltale")
            .locations("classpath:db/migration")
            // migrations newer than the release that wrote the file are pending, not wrong
            .ignoreMigrationPatterns("*:pending")
            .load();
    flyway.validate();
    flyway.migrate();

    try (Connection c = DriverManager.getConnection(url, "telltale", "telltale");
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO screening (id, ats, candidate_id, screened_at, score, band,"
              + " catalogue_version, result_json, profile_json)"
              + " SELECT 'after-upgrade', ats, 'c-2', screened_at, score, band, catalogue_version,"
              + " result_json, profile_json FROM screening WHERE candidate_id = 'c-1'");
    }
    try (Connection c = DriverManager.getConnection(url, "telltale", "telltale");
        Statement s = c.createStatement()) {
      assertEquals("2", scalar(s, "SELECT COUNT(*) FROM screening"));
    }
  }

  private static String scalar(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      assertTrue(r.next(), sql);
      return r.getString(1);
    }
  }
}

package telltale.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The machine's PostgreSQL (127.0.0.1:5432, trust authentication; -Dit.postgres.port and
 * -Dit.postgres.user override), with a fresh database per test class.
 */
public final class Postgres {
  public static final int PORT = Integer.getInteger("it.postgres.port", 5432);
  public static final String USER = System.getProperty("it.postgres.user", "postgres");

  private Postgres() {}

  /** Drops and creates the database; returns its name. */
  public static String freshDatabase(String name) {
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", USER, "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
      return name;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at 127.0.0.1:" + PORT + " is needed for this test", e);
    }
  }

  public static long count(String database, String sql) {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + PORT + "/" + database, USER, "");
        Statement statement = c.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package telltale.it;

import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The hostile corpus against a server on PostgreSQL, which refuses what H2 stores (NUL in text):
 * every case must get the same clean 4xx as on H2, never a 500.
 */
@ExtendWith(HostileInputPostgresIT.OnPostgres.class)
class HostileInputPostgresIT extends HostileCorpus {

  /** Starts the server for this class and stops it after the class's own checks. */
  static final class OnPostgres implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      String database =
          Postgres.freshDatabase(
              System.getProperty("it.postgres.database", "telltale_it") + "_hostile");
      Map<String, String> settings = new HashMap<>(PayaraMicroExtension.TestSettings.server());
      settings.put(
          "telltale.datasource.url",
          "jdbc:postgresql://127.0.0.1:" + Postgres.PORT + "/" + database);
      settings.put("telltale.datasource.user", Postgres.USER);
      settings.put("telltale.datasource.password", "unused-with-trust");
      settings.put("telltale.linkage.secret", StorageIT.SECRET);
      settings.put("telltale.data.dir", DataDirs.fresh("hostile-pg"));
      PayaraServer server =
          context
              .getStore(ExtensionContext.Namespace.create(OnPostgres.class))
              .getOrComputeIfAbsent(
                  "server",
                  k -> new Closing(PayaraServer.start("hostile-pg", settings)),
                  Closing.class)
              .server();
      RestAssured.baseURI = "http://" + server.base().getHost();
      RestAssured.port = server.base().getPort();
      Credentials.adminByDefault();
    }
  }

  /** Closes the server when JUnit closes the class's store, after its @AfterAll checks. */
  record Closing(PayaraServer server) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.close();
    }
  }
}

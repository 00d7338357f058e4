package telltale.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The one datasource, configured from MicroProfile Config (H2 in a file by default, PostgreSQL when
 * telltale.datasource.url says so), and the Flyway migrations that run at start. Pooled connections
 * are validated, so the service recovers by itself when the database comes back, and keep their
 * prepared statements.
 */
@DataSourceDefinition(
    name = Database.JNDI,
    className = "${MPCONFIG=telltale.datasource.class}",
    url = "${MPCONFIG=telltale.datasource.url}",
    user = "${MPCONFIG=telltale.datasource.user}",
    password = "${MPCONFIG=telltale.datasource.password}",
    minPoolSize = 2,
    maxPoolSize = 16,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=5000",
      // prepared statements are kept per pooled connection; FIXED, because an unset type is read
      // as a class named "null" (payara/Payara#6647). Telltale issues a few dozen distinct ones.
      "fish.payara.statement-cache-size=100",
      "fish.payara.statement-cache-type=FIXED"
    })
@Singleton
@Startup
public class Database {
  public static final String JNDI = "java:app/jdbc/telltale";
  private static final System.Logger LOG = System.getLogger(Database.class.getName());

  @Resource(lookup = JNDI)
  DataSource dataSource;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.log(
        Level.INFO,
        "database schema at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migrations run now)");
  }
}

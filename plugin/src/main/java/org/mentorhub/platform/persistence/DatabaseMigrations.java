package org.mentorhub.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>Flyway owns the schema on every database; EclipseLink's DDL generation is never used (on H2
 * 2.x it emits {@code BIGINT IDENTITY}, which fails). Transactions are bean-managed so Flyway can
 * commit each migration itself.
 */
@Singleton(name = "DatabaseMigrations")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    name = DatabaseMigrations.DATA_SOURCE,
    className = "${MPCONFIG=mentorhub.db.class-name}",
    url = "${MPCONFIG=mentorhub.db.url}",
    user = "${MPCONFIG=mentorhub.db.user}",
    password = "${MPCONFIG=mentorhub.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // Payara keeps each pooled connection's prepared statements, so the statements a webhook or
      // a page runs on every request are parsed and planned once per connection, not each time
      // (H2's own query cache skips SELECT ... FOR UPDATE and UNION, which the webhook path runs).
      // The blank type means LRU; without it Payara fails to build the cache (payara/Payara#6647).
      "fish.payara.statement-cache-size=100",
      "fish.payara.statement-cache-type= "
    })
public class DatabaseMigrations {

  /** The JNDI name of the one data source; persistence.xml and health checks use it. */
  public static final String DATA_SOURCE = "java:app/jdbc/mentorhub";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        "Database schema at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migrations applied now, "
            + result.database
            + ")");
  }
}

package org.mentorhub.testing;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;

/** Databases for tests that run the schema outside the server. */
public final class TestDatabases {

  private TestDatabases() {}

  /** A file H2 database under {@code dir}, as the plugin runs it embedded. */
  public static JdbcDataSource h2(Path dir) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
    ds.setUser("mentorhub");
    ds.setPassword("mentorhub");
    return ds;
  }
}

package org.mentorhub.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.mentorhub.demo.CommunityGenerator;
import org.mentorhub.demo.CommunityWriter;

/**
 * An embedded PostgreSQL with the product's schema (its Flyway migrations) filled with generated
 * mentors, plus the full-text search columns and indexes only the benchmark adds.
 */
final class BenchDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final DataSource dataSource;

  private BenchDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
    // Batched inserts rewritten into multi-row INSERTs: the driver's usual setting for bulk loads.
    this.dataSource =
        postgres.getDatabase("postgres", "postgres", Map.of("reWriteBatchedInserts", "true"));
  }

  /**
   * Starts PostgreSQL with its data under {@code dataDir} and migrates it. Durability is traded for
   * load speed (fsync off), which changes nothing once the data is loaded and queried.
   */
  static BenchDatabase start(Path dataDir) throws IOException {
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(true)
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_wal_size", "4GB")
            .setServerConfig("shared_buffers", "1GB")
            .setServerConfig("work_mem", "64MB")
            .setServerConfig("maintenance_work_mem", "512MB")
            .setPGStartupWait(Duration.ofSeconds(60))
            .start();
    BenchDatabase db = new BenchDatabase(postgres);
    Flyway.configure()
        .dataSource(db.dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return db;
  }

  Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /** Writes mentors 1..{@code count} of the generator seeded with {@code seed}. */
  int load(int count, long seed, Instant now) throws SQLException {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      int written =
          CommunityWriter.writeMentors(c, new CommunityGenerator(seed).mentors(1, count + 1), now);
      c.commit();
      return written;
    }
  }

  /**
   * Adds what PostgreSQL needs to search the profiles by text: one row per tag in tables of the
   * baseline's own (the product keeps a profile's tags as JSON columns of its row, which a B-tree
   * cannot filter or count by), expertise aggregated into a column (a generated column cannot read
   * other tables), a stored weighted {@code tsvector} over expertise, headline, name and bio with a
   * GIN index, and indexes for the filters and counts.
   */
  void addFullTextSearch() throws SQLException {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      for (String[] tags :
          new String[][] {
            {"mentor_industry", "tag", "industries"},
            {"mentor_expertise", "tag", "expertise"},
            {"mentor_language", "code", "languages"}
          }) {
        s.execute(
            "CREATE TABLE "
                + tags[0]
                + " AS SELECT p.id AS mentor_id, t.ord - 1 AS ord, t.value AS "
                + tags[1]
                + " FROM mentor_profile p, json_array_elements_text(p."
                + tags[2]
                + "::json) WITH ORDINALITY AS t(value, ord)");
      }
      s.execute("ALTER TABLE mentor_profile ADD COLUMN expertise_text TEXT");
      s.execute(
          "UPDATE mentor_profile p SET expertise_text = e.tags FROM (SELECT mentor_id,"
              + " string_agg(tag, ' ' ORDER BY ord) AS tags FROM mentor_expertise GROUP BY"
              + " mentor_id) e WHERE e.mentor_id = p.id");
      s.execute(
          "ALTER TABLE mentor_profile ADD COLUMN search tsvector GENERATED ALWAYS AS ("
              + "setweight(to_tsvector('english', coalesce(expertise_text, '')), 'A')"
              + " || setweight(to_tsvector('english', headline), 'A')"
              + " || setweight(to_tsvector('english', name), 'B')"
              + " || setweight(to_tsvector('english', coalesce(bio, '')), 'C')) STORED");
      s.execute("CREATE INDEX bench_profile_search ON mentor_profile USING gin (search)");
      s.execute("CREATE INDEX bench_profile_country ON mentor_profile (country)");
      s.execute("CREATE INDEX bench_profile_name ON mentor_profile (name)");
      s.execute("CREATE INDEX bench_industry_tag ON mentor_industry (tag, mentor_id)");
      s.execute("CREATE INDEX bench_expertise_tag ON mentor_expertise (tag, mentor_id)");
      s.execute("CREATE INDEX bench_language_code ON mentor_language (code, mentor_id)");
      s.execute("VACUUM ANALYZE");
    }
  }

  /** Bytes PostgreSQL uses for the database, indexes included. */
  long sizeBytes() throws SQLException {
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}

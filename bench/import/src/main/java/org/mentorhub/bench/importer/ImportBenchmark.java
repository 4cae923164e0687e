package org.mentorhub.bench.importer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.mentorhub.directory.MentorRows;
import org.mentorhub.directory.index.MentorDocument;
import org.mentorhub.directory.index.MentorFields;
import org.mentorhub.directory.index.MentorIndex;
import org.mentorhub.hostsync.ImportKind;
import org.mentorhub.hostsync.ImportLineParser;
import org.mentorhub.hostsync.ImportedMentors;
import org.mentorhub.hostsync.LineError;
import org.mentorhub.hostsync.NdjsonImport;

/**
 * Imports {@code lines} generated mentors into H2 (file database) and into PostgreSQL (embedded,
 * default durability settings) with the product's {@link NdjsonImport}, feeding the search index
 * after each chunk as the server does, then checks that the index holds exactly the database's
 * mentors and fields, and imports the same file again (idempotence: nothing may change).
 *
 * <pre>
 *   ImportBenchmark [lines=1000000] [workDir=bench/import/target/work] [--db=h2,postgres]
 *                   [--chunk=2000] [--bad-every=1000]
 * </pre>
 */
public final class ImportBenchmark {

  /** What one database's run measured. */
  record Result(
      String database,
      NdjsonImport.Progress first,
      double firstSeconds,
      NdjsonImport.Progress second,
      double secondSeconds,
      long peakHeapMb,
      long gcMillis,
      int indexDocs,
      long dbMentors,
      int mismatches) {

    double linesPerSecond() {
      return first.read() / firstSeconds;
    }
  }

  public static void main(String[] args) throws Exception {
    int lines = 1_000_000;
    Path work = Path.of("bench/import/target/work");
    List<String> databases = List.of("h2", "postgres");
    int chunk = 2_000;
    int badEvery = 1_000;
    int positional = 0;
    for (String arg : args) {
      if (arg.startsWith("--db=")) {
        databases = List.of(arg.substring(5).split(","));
      } else if (arg.startsWith("--chunk=")) {
        chunk = Integer.parseInt(arg.substring(8));
      } else if (arg.startsWith("--bad-every=")) {
        badEvery = Integer.parseInt(arg.substring(12));
      } else if (positional++ == 0) {
        lines = Integer.parseInt(arg.replace("_", ""));
      } else {
        work = Path.of(arg);
      }
    }
    List<Result> results = run(lines, work, databases, chunk, badEvery);
    boolean ok = results.stream().allMatch(r -> r.mismatches() == 0);
    System.exit(ok ? 0 : 1);
  }

  static List<Result> run(int lines, Path work, List<String> databases, int chunk, int badEvery)
      throws Exception {
    deleteTree(work);
    Files.createDirectories(work);
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "Import benchmark: %,d lines, chunks of %,d, JVM %s, max heap %,d MB, %d cores%n",
        lines,
        chunk,
        System.getProperty("java.version"),
        rt.maxMemory() >> 20,
        rt.availableProcessors());
    Path file = work.resolve("mentors.ndjson");
    long started = System.nanoTime();
    long valid = ImportFile.write(file, lines, 20261123L, badEvery);
    System.out.printf(
        Locale.ROOT,
        "Generated %s: %,d lines (%,d valid), %,d MB in %.1f s%n",
        file,
        lines,
        valid,
        Files.size(file) >> 20,
        seconds(started));
    List<Result> results = new ArrayList<>();
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      parseOnly(file, validation);
      for (String database : databases) {
        Path dir = work.resolve(database);
        Files.createDirectories(dir);
        if (database.equals("h2")) {
          JdbcDataSource ds = new JdbcDataSource();
          // The server's default URL options (microprofile-config.properties).
          ds.setURL(
              "jdbc:h2:file:"
                  + dir.resolve("db").toAbsolutePath()
                  + "/mentorhub;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
          ds.setUser("mentorhub");
          ds.setPassword("mentorhub");
          results.add(runOn("H2 (file)", ds, dir, file, chunk, validation));
        } else if (database.equals("postgres")) {
          try (EmbeddedPostgres postgres =
              EmbeddedPostgres.builder()
                  .setDataDirectory(dir.resolve("pgdata"))
                  .setCleanDataDirectory(true)
                  .setPGStartupWait(Duration.ofSeconds(60))
                  .start()) {
            results.add(
                runOn(
                    "PostgreSQL (embedded, default settings)",
                    postgres.getPostgresDatabase(),
                    dir,
                    file,
                    chunk,
                    validation));
          }
        } else {
          throw new IllegalArgumentException("Unknown database " + database);
        }
      }
    }
    System.out.println();
    System.out.println(
        "| database | lines | imported | rejected | wall s | lines/s | re-import s | re-import"
            + " lines/s | changed on re-import | peak heap MB | GC ms | index = database |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %,d | %,d | %,d | %.1f | %,.0f | %.1f | %,.0f | %,d | %,d | %,d | %s |%n",
          r.database(),
          r.first().read(),
          r.first().imported(),
          r.first().rejected(),
          r.firstSeconds(),
          r.linesPerSecond(),
          r.secondSeconds(),
          r.second().read() / r.secondSeconds(),
          r.second().changed(),
          r.peakHeapMb(),
          r.gcMillis(),
          r.mismatches() == 0
              ? "yes (" + r.indexDocs() + " docs)"
              : "NO: " + r.mismatches() + " differences");
    }
    return results;
  }

  private static Result runOn(
      String name, DataSource ds, Path dir, Path file, int chunk, ValidatorFactory validation)
      throws Exception {
    System.out.println();
    System.out.println("== " + name);
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    try (MentorIndex index = MentorIndex.open(dir.resolve("index"))) {
      HeapWatch heap = new HeapWatch();
      heap.start();
      long gcBefore = gcMillis();
      double[] cpuBefore = cpuSeconds();
      long started = System.nanoTime();
      NdjsonImport.Progress first = importOnce(ds, index, file, chunk, validation, true);
      double firstSeconds = seconds(started);
      double[] cpu = cpuSeconds();
      long gc = gcMillis() - gcBefore;
      heap.stopWatching();
      System.out.printf(
          Locale.ROOT,
          "First import: %s in %.1f s = %,.0f lines/s; peak heap %,d MB, GC %,d ms%n",
          first,
          firstSeconds,
          first.read() / firstSeconds,
          heap.peakMb(),
          gc);
      // On a shared machine the wall time depends on the others' load; the CPU spent does not.
      // H2 runs in this JVM; a PostgreSQL of an earlier run may have ended meanwhile.
      boolean postgres = name.startsWith("PostgreSQL");
      System.out.printf(
          Locale.ROOT,
          "  CPU: this JVM %.1f s%s (of %.1f s x %d cores of wall)%n",
          cpu[0] - cpuBefore[0],
          postgres
              ? String.format(Locale.ROOT, ", PostgreSQL processes %.1f s", cpu[1] - cpuBefore[1])
              : "",
          firstSeconds,
          Runtime.getRuntime().availableProcessors());
      started = System.nanoTime();
      NdjsonImport.Progress second = importOnce(ds, index, file, chunk, validation, false);
      double secondSeconds = seconds(started);
      System.out.printf(
          Locale.ROOT,
          "Same file again: %s in %.1f s = %,.0f lines/s%n",
          second,
          secondSeconds,
          second.read() / secondSeconds);
      long mentors;
      int mismatches;
      try (Connection c = ds.getConnection()) {
        mentors = count(c, "SELECT COUNT(*) FROM mentor_profile");
        mismatches = compare(c, index);
      }
      int docs = index.size();
      System.out.printf(
          Locale.ROOT,
          "Index: %,d documents, database: %,d mentors, %d differences%n",
          docs,
          mentors,
          mismatches);
      return new Result(
          name,
          first,
          firstSeconds,
          second,
          secondSeconds,
          heap.peakMb(),
          gc,
          docs,
          mentors,
          mismatches + (docs == mentors ? 0 : 1) + (second.changed() == 0 ? 0 : 1));
    }
  }

  /** Reading, parsing and validating alone, without a database: the floor of an import's cost. */
  private static void parseOnly(Path file, ValidatorFactory validation) throws IOException {
    ImportLineParser parser = new ImportLineParser(ImportKind.MENTORS, validation);
    for (int pass = 1; pass <= 1; pass++) {
      long started = System.nanoTime();
      long lines = 0;
      long accepted = 0;
      try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          lines++;
          if (parser.parse(lines, line).accepted()) {
            accepted++;
          }
        }
      }
      double s = seconds(started);
      System.out.printf(
          Locale.ROOT,
          "Parse and validate only (pass %d): %,d lines (%,d valid) in %.1f s = %,.0f lines/s%n",
          pass,
          lines,
          accepted,
          s,
          lines / s);
    }
  }

  /** One import of the file, feeding the index with each chunk as the server's job does. */
  private static NdjsonImport.Progress importOnce(
      DataSource ds,
      MentorIndex index,
      Path file,
      int chunk,
      ValidatorFactory validation,
      boolean report)
      throws Exception {
    long[] lastReport = {System.nanoTime()};
    long[] indexNanos = {0};
    long[] readNanos = {0};
    ExecutorService parsing = Executors.newSingleThreadExecutor(daemon("import-parsing"));
    // The server hands each chunk's documents to its managed executor (a task, and a helper task
    // the writer shares them with); these two threads stand in for it.
    ExecutorService helper = Executors.newFixedThreadPool(2, daemon("import-indexing"));
    long started = System.nanoTime();
    try (Connection c = ds.getConnection();
        Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      NdjsonImport importer =
          new NdjsonImport(
              ImportKind.MENTORS,
              new ImportLineParser(ImportKind.MENTORS, validation),
              chunk,
              Clock.systemUTC());
      NdjsonImport.Progress done =
          importer.run(
              in,
              c,
              new NdjsonImport.Listener() {
                @Override
                public void beforeCommit(
                    Connection c, NdjsonImport.Progress progress, List<LineError> errors) {}

                /** What {@code DirectoryIndexer.commitImported} does in the server. */
                @Override
                public void commit(Connection c, ImportedMentors mentors) throws SQLException {
                  long t = System.nanoTime();
                  List<MentorDocument> docs = mentors.read(c, false);
                  readNanos[0] += System.nanoTime() - t;
                  c.commit();
                  t = System.nanoTime();
                  if (!docs.isEmpty()) {
                    index.upsertAllInBackground(docs, helper);
                  }
                  indexNanos[0] += System.nanoTime() - t;
                }

                @Override
                public void afterCommit(NdjsonImport.Progress progress, Set<String> changed) {
                  if (report && System.nanoTime() - lastReport[0] > 10_000_000_000L) {
                    lastReport[0] = System.nanoTime();
                    System.out.printf(
                        Locale.ROOT,
                        "  %6.1f s: %s, %,.0f lines/s so far%n",
                        seconds(started),
                        progress,
                        progress.read() / seconds(started));
                  }
                }
              },
              parsing);
      long t = System.nanoTime();
      index.refresh();
      index.commit(0);
      indexNanos[0] += System.nanoTime() - t;
      System.out.printf(
          Locale.ROOT,
          "  of which waiting for the index: %.1f s (reading seats and training: %.1f s)%n",
          indexNanos[0] / 1e9,
          readNanos[0] / 1e9);
      return done;
    } finally {
      parsing.shutdown();
      helper.shutdown();
    }
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Compares every document of the index with the mentor the database holds: same ids, and the same
   * stored fields (name, country, time zone, stage, accepting, seats left, maximum mentees).
   */
  private static int compare(Connection c, MentorIndex index) throws SQLException {
    Map<String, String> fromIndex =
        index.search(
            (searcher, state, config) -> {
              Map<String, String> found = new HashMap<>();
              IndexReader reader = searcher.getIndexReader();
              Bits live = MultiBits.getLiveDocs(reader);
              StoredFields stored = reader.storedFields();
              for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                  continue;
                }
                Document d = stored.document(doc);
                found.put(
                    d.get(MentorFields.ID),
                    String.join(
                        "|",
                        d.get(MentorFields.NAME),
                        d.get(MentorFields.COUNTRY_KEY),
                        d.get(MentorFields.TIMEZONE),
                        String.valueOf(d.get(MentorFields.STAGE)),
                        d.get(MentorFields.ACCEPTING),
                        d.get(MentorFields.SEATS_LEFT),
                        d.get(MentorFields.MAX_MENTEES)));
              }
              return found;
            });
    int mismatches = 0;
    int seen = 0;
    c.setAutoCommit(false);
    Iterator<MentorDocument> rows = MentorRows.streamAll(c, false);
    while (rows.hasNext()) {
      MentorDocument m = rows.next();
      seen++;
      String expected =
          String.join(
              "|",
              m.name(),
              m.country().toUpperCase(Locale.ROOT),
              m.timezone(),
              String.valueOf(m.stage()),
              m.accepting() ? "1" : "0",
              String.valueOf(m.seatsLeft()),
              String.valueOf(m.maxMentees()));
      String actual = fromIndex.get(m.id());
      if (!expected.equals(actual)) {
        if (mismatches++ < 5) {
          System.out.println("  differs: " + m.id() + " db=" + expected + " index=" + actual);
        }
      }
    }
    c.commit();
    c.setAutoCommit(true);
    return mismatches + Math.abs(fromIndex.size() - seen);
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Samples the used heap every 50 ms; the peak is what the import needed at most. */
  private static final class HeapWatch extends Thread {
    private volatile boolean running = true;
    private volatile long peak;

    HeapWatch() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        Runtime rt = Runtime.getRuntime();
        peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stopWatching() {
      running = false;
    }

    long peakMb() {
      return peak >> 20;
    }
  }

  /**
   * CPU seconds used so far by this JVM and by all processes named {@code postgres} (the embedded
   * server's backends, from /proc; 0 where there is no /proc).
   */
  private static double[] cpuSeconds() {
    double jvm =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime()
            / 1e9;
    double postgres = 0;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path proc : (Iterable<Path>) procs::iterator) {
        try {
          String stat = Files.readString(proc.resolve("stat"));
          int close = stat.lastIndexOf(')');
          if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
            continue;
          }
          String[] fields = stat.substring(close + 2).split(" ");
          // utime, stime, cutime and cstime are fields 14-17 of stat, in clock ticks (100 a second
          // on Linux); the children's include the backends of connections closed meanwhile.
          for (int i = 11; i <= 14; i++) {
            postgres += Long.parseLong(fields[i]) / 100.0;
          }
        } catch (IOException | RuntimeException e) {
          // Not a process, or it ended meanwhile.
        }
      }
    } catch (IOException e) {
      return new double[] {jvm, 0};
    }
    return new double[] {jvm, postgres};
  }
}

package org.mentorhub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.mentorhub.directory.MentorRows;
import org.mentorhub.directory.index.MentorIndex;

/**
 * The search benchmark of issue 3: loads N generated mentors into PostgreSQL, rebuilds the index
 * from them as the product does, then runs one fixed mixed query set against the service, bare
 * Lucene and PostgreSQL full-text search, and prints latencies, ratios and the targets.
 *
 * <p>Usage: {@code SearchBenchmark [profiles=1000000] [workDir=bench/target/work] [--queries=300]
 * [--warmup=2] [--passes=3] [--sql-warmup=1] [--sql-passes=1]}.
 */
public final class SearchBenchmark {

  /** Hits per page, as the API's default page. */
  static final int PAGE = 20;

  /** Values counted per facet dimension, as the service returns. */
  static final int FACET_VALUES = 30;

  /** The demo community's seed, so the data is the one people see in demos. */
  static final long DATA_SEED = 20261123L;

  static final long QUERY_SEED = 3L;

  /** How the benchmark runs; PostgreSQL gets fewer passes since it is one to two orders slower. */
  public record Settings(
      int profiles,
      Path workDir,
      int queries,
      int warmupPasses,
      int passes,
      int sqlWarmupPasses,
      int sqlPasses) {}

  /** What one run measured. */
  public record Report(
      int profiles,
      long rowsLoaded,
      double loadSeconds,
      long documents,
      double rebuildSeconds,
      long indexBytes,
      long heapBytes,
      double ftsSetupSeconds,
      long databaseBytes,
      List<BenchQuery> queries,
      Map<String, EngineResult> engines) {}

  /** Latencies of one engine overall and per query kind, and how many hits one pass matched. */
  public record EngineResult(
      Latencies all, Map<BenchQuery.Kind, Latencies> byKind, long matchedPerPass) {}

  private SearchBenchmark() {}

  /**
   * Slice threads of the index the engines search, as the server has them by default (one fewer
   * than the processors); {@code -Dsearch.slice-threads=0} measures searches on one thread.
   */
  static int sliceThreads() {
    return Integer.getInteger("search.slice-threads", MentorIndex.defaultSliceThreads());
  }

  public static void main(String[] args) throws Exception {
    int profiles = 1_000_000;
    Path workDir = Path.of("bench", "target", "work");
    Map<String, Integer> options = new LinkedHashMap<>();
    options.put("queries", 300);
    options.put("warmup", 2);
    options.put("passes", 3);
    options.put("sql-warmup", 1);
    options.put("sql-passes", 1);
    List<String> positional = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        String name = arg.substring(2, arg.indexOf('='));
        if (!options.containsKey(name)) {
          throw new IllegalArgumentException("Unknown option " + arg);
        }
        options.put(name, Integer.parseInt(arg.substring(arg.indexOf('=') + 1)));
      } else {
        positional.add(arg);
      }
    }
    if (!positional.isEmpty()) {
      profiles = Integer.parseInt(positional.get(0).replace("_", "").replace(",", ""));
    }
    if (positional.size() > 1) {
      workDir = Path.of(positional.get(1));
    }
    Settings settings =
        new Settings(
            profiles,
            workDir,
            options.get("queries"),
            options.get("warmup"),
            options.get("passes"),
            options.get("sql-warmup"),
            options.get("sql-passes"));
    Report report = run(settings, System.out);
    print(report, settings, System.out);
  }

  /** Runs every step, logging progress to {@code log}. */
  public static Report run(Settings settings, PrintStream log) throws Exception {
    Path indexDir = settings.workDir().resolve("index");
    deleteTree(indexDir);
    Files.createDirectories(settings.workDir());
    try (BenchDatabase db = BenchDatabase.start(settings.workDir().resolve("pg"))) {
      log.printf(Locale.ROOT, "loading %,d mentors into PostgreSQL...%n", settings.profiles());
      long t0 = System.nanoTime();
      db.load(settings.profiles(), DATA_SEED, Instant.now());
      double loadSeconds = seconds(t0);
      long rows = countRows(db);
      log.printf(Locale.ROOT, "loaded in %.1f s%n", loadSeconds);

      log.println("rebuilding the index from the database...");
      try (MentorIndex index = MentorIndex.open(indexDir, SearchBenchmark.sliceThreads())) {
        long t1 = System.nanoTime();
        long documents;
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try (Connection c = db.connection()) {
          // As DirectoryIndexer does: out of auto-commit, so PostgreSQL streams with a cursor.
          c.setAutoCommit(false);
          documents =
              index.rebuild(
                  // Generated mentors have no training records: list them all, as with the gate
                  // off.
                  MentorRows.streamAll(c, false),
                  0,
                  n -> {
                    if (n % 100_000 == 0) {
                      log.printf(Locale.ROOT, "  %,d documents%n", n);
                    }
                  },
                  // The server hands a rebuild one helper task of its managed executor.
                  helper);
          c.commit();
        } finally {
          helper.shutdown();
        }
        double rebuildSeconds = seconds(t1);
        long indexBytes = treeSize(indexDir);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        log.printf(Locale.ROOT, "rebuilt in %.1f s%n", rebuildSeconds);

        log.println("adding PostgreSQL full-text search (tsvector, GIN)...");
        long t2 = System.nanoTime();
        db.addFullTextSearch();
        double ftsSeconds = seconds(t2);

        List<BenchQuery> queries = QuerySet.mixed(QUERY_SEED, settings.queries());
        Map<String, EngineResult> results = new LinkedHashMap<>();
        try (SearchEngine service = new ServiceEngine(index);
            SearchEngine bare = new BareLuceneEngine(index)) {
          log.println("measuring the service and bare Lucene...");
          results.putAll(
              measure(
                  List.of(service, bare),
                  queries,
                  settings.warmupPasses(),
                  settings.passes(),
                  log));
        }
        try (Connection c = db.connection();
            SearchEngine postgres = new PostgresFtsEngine(c)) {
          log.println("measuring PostgreSQL full-text search...");
          results.putAll(
              measure(
                  List.of(postgres),
                  queries,
                  settings.sqlWarmupPasses(),
                  settings.sqlPasses(),
                  log));
        }
        return new Report(
            settings.profiles(),
            rows,
            loadSeconds,
            documents,
            rebuildSeconds,
            indexBytes,
            heap,
            ftsSeconds,
            db.sizeBytes(),
            queries,
            results);
      }
    }
  }

  /**
   * Runs the whole query set per pass, single-threaded, engines taking turns pass by pass so that
   * any drift of the shared machine falls on all of them alike.
   */
  static Map<String, EngineResult> measure(
      List<SearchEngine> engines,
      List<BenchQuery> queries,
      int warmupPasses,
      int passes,
      PrintStream log)
      throws Exception {
    for (int pass = 0; pass < warmupPasses; pass++) {
      for (SearchEngine engine : engines) {
        for (BenchQuery query : queries) {
          engine.search(query);
        }
      }
    }
    Map<String, EngineResult> results = new LinkedHashMap<>();
    for (SearchEngine engine : engines) {
      Map<BenchQuery.Kind, Latencies> byKind = new EnumMap<>(BenchQuery.Kind.class);
      for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
        byKind.put(kind, new Latencies());
      }
      results.put(engine.name(), new EngineResult(new Latencies(), byKind, 0));
    }
    long[] matched = new long[engines.size()];
    for (int pass = 0; pass < passes; pass++) {
      for (int e = 0; e < engines.size(); e++) {
        SearchEngine engine = engines.get(e);
        EngineResult result = results.get(engine.name());
        matched[e] = 0;
        for (BenchQuery query : queries) {
          long start = System.nanoTime();
          matched[e] += engine.search(query);
          long took = System.nanoTime() - start;
          result.all().add(took);
          result.byKind().get(query.kind()).add(took);
        }
      }
    }
    for (int e = 0; e < engines.size(); e++) {
      EngineResult r = results.get(engines.get(e).name());
      results.put(engines.get(e).name(), new EngineResult(r.all(), r.byKind(), matched[e]));
      // Logged at once, so a long run that is stopped later still leaves these numbers.
      log.printf(
          Locale.ROOT,
          "  %s: p50 %.2f ms, p99 %.2f ms, mean %.2f ms%n",
          engines.get(e).name(),
          r.all().percentileMillis(50),
          r.all().percentileMillis(99),
          r.all().meanMillis());
    }
    return results;
  }

  static void print(Report r, Settings s, PrintStream out) {
    Map<BenchQuery.Kind, Long> kinds = new EnumMap<>(BenchQuery.Kind.class);
    r.queries().forEach(q -> kinds.merge(q.kind(), 1L, Long::sum));
    out.println();
    out.printf(Locale.ROOT, "Mentor Hub search benchmark, %s%n", Instant.now());
    out.printf(
        Locale.ROOT,
        "JVM %s, max heap %,d MB, %d cores%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "%-30s %,d%n", "profiles", r.profiles());
    out.printf(
        Locale.ROOT,
        "%-30s %.1f s (%,.0f mentors/s, %,.0f rows/s over %,d rows)%n",
        "load (CommunityWriter)",
        r.loadSeconds(),
        r.profiles() / r.loadSeconds(),
        r.rowsLoaded() / r.loadSeconds(),
        r.rowsLoaded());
    out.printf(
        Locale.ROOT,
        "%-30s %.1f s (%,.0f docs/s, %,d docs)%n",
        "index rebuild from database",
        r.rebuildSeconds(),
        r.documents() / r.rebuildSeconds(),
        r.documents());
    out.printf(Locale.ROOT, "%-30s %,.1f MB%n", "index size on disk", r.indexBytes() / 1048576.0);
    out.printf(
        Locale.ROOT, "%-30s %,.1f MB%n", "heap used after load (GC'd)", r.heapBytes() / 1048576.0);
    out.printf(
        Locale.ROOT,
        "%-30s %.1f s (database now %,.0f MB)%n",
        "PostgreSQL FTS setup",
        r.ftsSetupSeconds(),
        r.databaseBytes() / 1048576.0);
    out.printf(
        Locale.ROOT,
        "queries: %d (%d text, %d text + 2 filters, %d filters only), one at a time (Lucene"
            + " engines: %d slice threads beside the caller); Lucene engines %d warm-up + %d"
            + " measured passes, PostgreSQL %d + %d%n",
        r.queries().size(),
        kinds.getOrDefault(BenchQuery.Kind.TEXT, 0L),
        kinds.getOrDefault(BenchQuery.Kind.TEXT_AND_FILTERS, 0L),
        kinds.getOrDefault(BenchQuery.Kind.FILTERS_ONLY, 0L),
        sliceThreads(),
        s.warmupPasses(),
        s.passes(),
        s.sqlWarmupPasses(),
        s.sqlPasses());
    out.println();
    out.printf(
        Locale.ROOT,
        "%-20s %9s %9s %9s | %9s %9s %9s | %14s%n",
        "engine",
        "p50 ms",
        "p99 ms",
        "mean ms",
        "text p50",
        "+filt p50",
        "filt p50",
        "hits/pass");
    for (Map.Entry<String, EngineResult> e : r.engines().entrySet()) {
      EngineResult x = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-20s %9.2f %9.2f %9.2f | %9.2f %9.2f %9.2f | %,14d%n",
          e.getKey(),
          x.all().percentileMillis(50),
          x.all().percentileMillis(99),
          x.all().meanMillis(),
          x.byKind().get(BenchQuery.Kind.TEXT).percentileMillis(50),
          x.byKind().get(BenchQuery.Kind.TEXT_AND_FILTERS).percentileMillis(50),
          x.byKind().get(BenchQuery.Kind.FILTERS_ONLY).percentileMillis(50),
          x.matchedPerPass());
    }
    List<EngineResult> list = new ArrayList<>(r.engines().values());
    double a50 = list.get(0).all().percentileMillis(50);
    double b50 = list.get(1).all().percentileMillis(50);
    double c50 = list.get(2).all().percentileMillis(50);
    double a99 = list.get(0).all().percentileMillis(99);
    out.println();
    out.printf(Locale.ROOT, "%-26s %10s %10s  %s%n", "target", "measured", "goal", "met");
    target(out, "(a)/(b) at p50", a50 / b50, "<= 1.5", a50 / b50 <= 1.5, "%.2f");
    target(out, "(c)/(a) at p50", c50 / a50, ">= 10", c50 / a50 >= 10, "%.1f");
    target(out, "p99 of (a), ms", a99, "<= 50", a99 <= 50, "%.2f");
    target(out, "rebuild, s", r.rebuildSeconds(), "<= 120", r.rebuildSeconds() <= 120, "%.1f");
  }

  private static void target(
      PrintStream out, String name, double value, String goal, boolean met, String format) {
    out.printf(
        Locale.ROOT,
        "%-26s %10s %10s  %s%n",
        name,
        String.format(Locale.ROOT, format, value),
        goal,
        met ? "yes" : "NO");
  }

  private static long countRows(BenchDatabase db) throws SQLException {
    long rows = 0;
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      for (String table : List.of("member", "mentor_profile")) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          rows += rs.getLong(1);
        }
      }
    }
    return rows;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long treeSize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(SearchBenchmark::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

package org.mentorhub.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorhub.directory.index.MentorIndex;

/**
 * Engines (a) and (b) on an index a full {@link SearchBenchmark} run left behind, without reloading
 * PostgreSQL: the quick loop for a change to the search path, measured in one run so the ratio is
 * fair. The full benchmark stays the figure of record.
 *
 * <p>Usage: {@code EngineComparison <index dir> [queries=300] [warmup=2] [passes=3]}.
 */
public final class EngineComparison {

  private EngineComparison() {}

  public static void main(String[] args) throws Exception {
    Path indexDir = Path.of(args[0]);
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int passes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    List<BenchQuery> set = QuerySet.mixed(SearchBenchmark.QUERY_SEED, queries);
    try (MentorIndex index = MentorIndex.open(indexDir, SearchBenchmark.sliceThreads());
        SearchEngine service = new ServiceEngine(index);
        SearchEngine bare = new BareLuceneEngine(index)) {
      Map<String, SearchBenchmark.EngineResult> results =
          SearchBenchmark.measure(List.of(service, bare), set, warmup, passes, System.out);
      for (Map.Entry<String, SearchBenchmark.EngineResult> e : results.entrySet()) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s", e.getKey()));
        e.getValue()
            .byKind()
            .forEach(
                (kind, latencies) ->
                    line.append(
                        String.format(
                            Locale.ROOT,
                            "  %s p50 %.2f p99 %.2f",
                            kind,
                            latencies.percentileMillis(50),
                            latencies.percentileMillis(99))));
        System.out.println(line);
      }
      double a = results.get(service.name()).all().percentileMillis(50);
      double b = results.get(bare.name()).all().percentileMillis(50);
      System.out.printf(Locale.ROOT, "(a)/(b) at p50: %.2f%n", a / b);
    }
  }
}

package org.mentorhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness end to end on 2,000 profiles and a few queries: proves it works, measures nothing.
 */
class SearchBenchmarkSmokeTest {

  @Test
  void everyEngineAnswersTheQuerySetAndTheReportPrints(@TempDir Path work) throws Exception {
    SearchBenchmark.Settings settings = new SearchBenchmark.Settings(2_000, work, 30, 0, 1, 0, 1);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    SearchBenchmark.Report report =
        SearchBenchmark.run(settings, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(report.documents()).isEqualTo(2_000);
    assertThat(report.indexBytes()).isPositive();
    assertThat(report.engines()).hasSize(3);
    report
        .engines()
        .forEach(
            (name, result) -> {
              assertThat(result.all().count()).as(name).isEqualTo(30);
              assertThat(result.matchedPerPass()).as(name).isPositive();
            });

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SearchBenchmark.print(report, settings, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("(a)/(b) at p50", "(c)/(a) at p50", "p99 of (a)", "rebuild");
  }
}

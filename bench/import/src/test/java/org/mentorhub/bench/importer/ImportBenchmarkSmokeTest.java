package org.mentorhub.bench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark at a tiny size on H2, so the build keeps it working without running it. */
class ImportBenchmarkSmokeTest {

  @Test
  void importsChecksTheIndexAndFindsNothingToChangeTheSecondTime(@TempDir Path work)
      throws Exception {
    List<ImportBenchmark.Result> results =
        ImportBenchmark.run(300, work.resolve("run"), List.of("h2"), 100, 50);

    ImportBenchmark.Result h2 = results.get(0);
    assertThat(h2.first().read()).isEqualTo(300);
    assertThat(h2.first().rejected()).isEqualTo(6);
    assertThat(h2.first().imported()).isEqualTo(294);
    assertThat(h2.second().changed()).isZero();
    assertThat(h2.dbMentors()).isEqualTo(294);
    assertThat(h2.indexDocs()).isEqualTo(294);
    assertThat(h2.mismatches()).isZero();
  }
}

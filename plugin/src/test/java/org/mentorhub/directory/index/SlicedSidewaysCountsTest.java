package org.mentorhub.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link SidewaysCountsTest} with two threads searching segment slices beside the caller, as a
 * server has them: hits, scores and counts still equal Lucene's own drill-sideways, so counts and
 * top hits merge across slices without loss.
 */
class SlicedSidewaysCountsTest extends SidewaysCountsTest {

  @Override
  int sliceThreads() {
    return 2;
  }

  @Test
  void searchesRunInMoreThanOneSlice() {
    int slices = index().search((searcher, state, config) -> searcher.getSlices().length);
    assertThat(slices).as("slices of the test index").isGreaterThan(1);
  }
}

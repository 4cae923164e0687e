package org.mentorhub.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

  @Test
  void tagsAreTrimmedDeduplicatedIgnoringCaseAndKeepTheirFirstSpelling() {
    assertThat(Tags.normalise(Arrays.asList(" E-commerce ", "e-COMMERCE", "", null, "Cash  flow")))
        .containsExactly("E-commerce", "Cash flow");
  }

  @Test
  void codesTakeTheirCanonicalCase() {
    assertThat(Tags.codes(List.of("EN", "en", " Es "), false)).containsExactly("en", "es");
    assertThat(Tags.codes(List.of("gb"), true)).containsExactly("GB");
  }
}

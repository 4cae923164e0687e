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
  void everyRunOfWhiteSpaceBecomesOneSpace() {
    assertThat(Tags.normalise(List.of("Cash\tflow", "Book\n\r keeping", "Tax  \f returns", "A b")))
        .containsExactly("Cash flow", "Book keeping", "Tax returns", "A b");
    String single = "Customer service";
    assertThat(Tags.collapsed(single)).isSameAs(single);
    assertThat(Tags.collapsed("Customer\u000Bservice")).isEqualTo("Customer service");
  }

  @Test
  void codesTakeTheirCanonicalCase() {
    assertThat(Tags.codes(List.of("EN", "en", " Es "), false)).containsExactly("en", "es");
    assertThat(Tags.codes(List.of("gb"), true)).containsExactly("GB");
  }
}

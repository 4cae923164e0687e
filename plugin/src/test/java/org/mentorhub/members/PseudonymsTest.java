package org.mentorhub.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pseudonyms are stable per member and secret, distinct between members, and short. */
class PseudonymsTest {

  @Test
  void theSameMemberAndSecretAlwaysGiveTheSamePseudonym() {
    String first = Pseudonyms.of("member-1", "secret");

    assertThat(Pseudonyms.of("member-1", "secret")).isEqualTo(first);
    assertThat(first).matches("erased-[a-z2-7]{20}");
    assertThat(Pseudonyms.of("member-2", "secret")).isNotEqualTo(first);
    assertThat(Pseudonyms.of("member-1", "other secret")).isNotEqualTo(first);
  }

  @Test
  void base32FollowsRfc4648() {
    // RFC 4648 test vector: BASE32("foobar") = "MZXW6YTBOI======".
    assertThat(Pseudonyms.base32("foobar".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 9))
        .isEqualTo("mzxw6ytbo");
  }
}

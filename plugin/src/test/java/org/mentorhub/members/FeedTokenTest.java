package org.mentorhub.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedTokenTest {

  @Test
  void tokensAreUrlSafeAndUniqueWithTheirTimeInFront() {
    long millis = 1_796_000_000_000L;
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String token = Member.newFeedToken(millis);
      assertThat(token).hasSize(32).matches("[A-Za-z0-9_-]+");
      byte[] bytes = Base64.getUrlDecoder().decode(token);
      long prefix = 0;
      for (int b = 0; b < 6; b++) {
        prefix = prefix << 8 | (bytes[b] & 0xff);
      }
      assertThat(prefix).isEqualTo(millis);
      tokens.add(token);
    }
    assertThat(tokens).as("the 18 random bytes differ every time").hasSize(1_000);
    // Tokens made in the same millisecond share their first 8 characters (6 bytes).
    assertThat(tokens.stream().map(t -> t.substring(0, 8)).distinct()).hasSize(1);
  }
}

package org.mentorhub.webinar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoomNameGeneratorTest {

  private final RoomNameGenerator generator = new RoomNameGenerator();

  @Test
  void randomPartIs128BitsOfLowercaseBase32() {
    assertThat(generator.next()).matches("[a-z2-7]{26}");
  }

  @Test
  void readablePrefixIsSluggedAndSeparatedByADash() {
    assertThat(generator.next("  Intro to Java: Records & Sealed Types! "))
        .matches("intro-to-java-records-sealed-types-[a-z2-7]{26}");
  }

  @Test
  void prefixIsDroppedWhenNothingReadableRemainsAndCappedWhenLong() {
    assertThat(generator.next("!!!")).matches("[a-z2-7]{26}");
    assertThat(generator.next("x".repeat(100))).matches("x{40}-[a-z2-7]{26}");
  }

  @Test
  void namesAreValidRoomNamesForBothProvidersAndDoNotRepeat() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String name = generator.next("webinar");
      // The constructor validates the room name, so this throws for a name Jitsi cannot use.
      new JoinRequest(name, JitsiUser.of("1", "n"), false, Instant.EPOCH, Instant.MAX);
      names.add(name);
    }
    assertThat(names).hasSize(10_000);
  }

  @Test
  void sameSeedGivesSameNamesSoTheSourceIsReallyTheInjectedOne() {
    assertThat(new RoomNameGenerator(new Random(7)).next())
        .isEqualTo(new RoomNameGenerator(new Random(7)).next());
  }
}

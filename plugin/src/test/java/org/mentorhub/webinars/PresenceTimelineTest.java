package org.mentorhub.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.webinars.PresenceTimeline.Kind.JOINED;
import static org.mentorhub.webinars.PresenceTimeline.Kind.LEFT;
import static org.mentorhub.webinars.PresenceTimeline.Kind.ROOM_ENDED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mentorhub.webinars.PresenceTimeline.Mark;

class PresenceTimelineTest {

  private static final Instant START = Instant.parse("2026-03-05T17:00:00Z");
  private static final Instant END = START.plus(Duration.ofMinutes(60));
  private static final Instant LATER = END.plus(Duration.ofHours(2));

  private static Mark mark(PresenceTimeline.Kind kind, int minute, String connection) {
    return new Mark(kind, START.plus(Duration.ofMinutes(minute)), connection);
  }

  private static Duration presence(List<Mark> marks) {
    return PresenceTimeline.presence(marks, START, END, LATER);
  }

  @Test
  void joinAndLeaveCountTheMinutesBetween() {
    assertThat(presence(List.of(mark(JOINED, 5, "a"), mark(LEFT, 45, "a"))))
        .isEqualTo(Duration.ofMinutes(40));
  }

  @Test
  void overlappingConnectionsOfOneMemberCountOnce() {
    List<Mark> marks =
        List.of(
            mark(JOINED, 0, "laptop"),
            mark(JOINED, 10, "phone"),
            mark(LEFT, 20, "laptop"),
            mark(LEFT, 30, "phone"),
            mark(JOINED, 40, "laptop"),
            mark(LEFT, 50, "laptop"));
    assertThat(presence(marks)).isEqualTo(Duration.ofMinutes(40));
  }

  @Test
  void outOfOrderDeliveryGivesTheSameResult() {
    List<Mark> marks =
        new ArrayList<>(
            List.of(
                mark(JOINED, 0, "a"),
                mark(LEFT, 10, "a"),
                mark(JOINED, 15, "b"),
                mark(LEFT, 35, "b"),
                mark(JOINED, 50, "c"),
                mark(ROOM_ENDED, 55, null)));
    Duration inOrder = presence(marks);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(marks, random);
      assertThat(presence(marks)).isEqualTo(inOrder);
    }
    assertThat(inOrder).isEqualTo(Duration.ofMinutes(35));
  }

  @Test
  void duplicatesAreCountedOnce() {
    List<Mark> marks =
        List.of(
            mark(JOINED, 0, "a"), mark(JOINED, 0, "a"), mark(LEFT, 30, "a"), mark(LEFT, 30, "a"));
    assertThat(presence(marks)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void roomEndClosesOpenConnectionsAndLaterLeavesChangeNothing() {
    List<Mark> marks =
        List.of(mark(JOINED, 10, "a"), mark(ROOM_ENDED, 40, null), mark(LEFT, 55, "a"));
    assertThat(presence(marks)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void leaveWithoutJoinIsIgnoredAndOpenConnectionsCountUntilNow() {
    assertThat(presence(List.of(mark(LEFT, 10, "a")))).isZero();
    Instant now = START.plus(Duration.ofMinutes(25));
    assertThat(PresenceTimeline.presence(List.of(mark(JOINED, 5, "a")), START, END, now))
        .isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void onlyTimeInsideTheScheduledWindowCounts() {
    assertThat(presence(List.of(mark(JOINED, -15, "a"), mark(LEFT, 90, "a"))))
        .isEqualTo(Duration.ofMinutes(60));
  }

  @Test
  void attendedMeansAtLeastTheConfiguredShare() {
    Duration hour = Duration.ofMinutes(60);
    assertThat(PresenceTimeline.attended(Duration.ofMinutes(30), hour, 0.5)).isTrue();
    assertThat(PresenceTimeline.attended(Duration.ofMinutes(29), hour, 0.5)).isFalse();
    assertThat(PresenceTimeline.attended(Duration.ofMinutes(45), hour, 0.75)).isTrue();
  }
}

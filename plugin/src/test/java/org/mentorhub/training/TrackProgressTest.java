package org.mentorhub.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.content.Audience;
import org.mentorhub.content.LessonStep;
import org.mentorhub.content.ReflectionStep;
import org.mentorhub.content.Step;
import org.mentorhub.content.Track;
import org.mentorhub.content.WebinarKind;
import org.mentorhub.content.WebinarStep;

class TrackProgressTest {

  private static final Step INTRO = new LessonStep("intro", "Intro", 5, "# Intro");
  private static final Step PRACTICE = new LessonStep("practice", "Practice", 5, "# Practice");
  private static final Step REFLECT = new ReflectionStep("reflect", "Reflect", "What now?");
  private static final Step WEBINAR =
      new WebinarStep("attend", "Attend", WebinarKind.OFFICE_HOURS, "Come along");

  @Test
  void progressCountsCompletedStepsOfTheCurrentVersion() {
    TrackProgress progress =
        TrackProgress.of(track(1, INTRO, PRACTICE, REFLECT), Set.of("intro"), true, null, null);

    assertThat(progress.completedSteps()).isEqualTo(1);
    assertThat(progress.totalSteps()).isEqualTo(3);
    assertThat(progress.percent()).isEqualTo(33);
    assertThat(progress.allStepsDone()).isFalse();
    assertThat(progress.completed()).isFalse();
  }

  @Test
  void newVersionKeepsCompletedStepsWhoseIdsStillExist() {
    Set<String> doneInVersionOne = Set.of("intro", "practice", "reflect");
    Track versionTwo = track(2, INTRO, REFLECT, WEBINAR);

    TrackProgress progress = TrackProgress.of(versionTwo, doneInVersionOne, true, null, null);

    assertThat(progress.completedSteps()).as("the retired step no longer counts").isEqualTo(2);
    assertThat(progress.totalSteps()).isEqualTo(3);
    assertThat(progress.percent()).isEqualTo(66);
    assertThat(progress.allStepsDone()).as("the new step is still to do").isFalse();
  }

  @Test
  void retiringTheLastMissingStepLeavesEveryStepDone() {
    Track versionTwo = track(2, INTRO, REFLECT);

    TrackProgress progress =
        TrackProgress.of(versionTwo, Set.of("intro", "reflect"), true, null, null);

    assertThat(progress.allStepsDone()).isTrue();
    assertThat(progress.percent()).isEqualTo(100);
  }

  @Test
  void aCompletedTrackStaysCompletedWhenANewStepIsAdded() {
    Instant completedAt = Instant.parse("2026-01-10T10:00:00Z");
    Track versionTwo = track(2, INTRO, PRACTICE, WEBINAR);

    TrackProgress progress =
        TrackProgress.of(versionTwo, Set.of("intro", "practice"), true, completedAt, "MH-CODE");

    assertThat(progress.completed()).isTrue();
    assertThat(progress.completedAt()).isEqualTo(completedAt);
    assertThat(progress.certificateCode()).isEqualTo("MH-CODE");
    assertThat(progress.percent()).isEqualTo(66);
  }

  @Test
  void stepsDoneBeforeEnrollingShowWithoutEnrolment() {
    TrackProgress progress = TrackProgress.notEnrolled(track(1, INTRO, WEBINAR), Set.of("attend"));

    assertThat(progress.enrolled()).isFalse();
    assertThat(progress.completedSteps()).isEqualTo(1);
  }

  private static Track track(int version, Step... steps) {
    return new Track(
        "sample", "Sample", Audience.EVERYONE, "A sample", 30, version, List.of(), List.of(steps));
  }
}

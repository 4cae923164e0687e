package org.mentorhub.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorhub.content.TrackCatalog;
import org.mentorhub.content.WebinarKind;

class StepRefTest {

  private final TrackCatalog shipped = TrackCatalog.fromClasspath();

  @Test
  void attendingAnOnboardingWebinarCompletesTheOnboardingWebinarStep() {
    assertThat(StepRef.webinarSteps(shipped.tracks(), WebinarKind.ONBOARDING))
        .containsExactly(new StepRef("onboarding", "attend-onboarding-webinar"));
  }

  @Test
  void attendingOfficeHoursCompletesOnlyOfficeHoursSteps() {
    assertThat(StepRef.webinarSteps(shipped.tracks(), WebinarKind.OFFICE_HOURS))
        .noneMatch(ref -> ref.stepId().equals("attend-onboarding-webinar"));
  }
}

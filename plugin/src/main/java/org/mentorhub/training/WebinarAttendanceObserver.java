package org.mentorhub.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.mentorhub.platform.events.WebinarAttended;

/**
 * Completes webinar steps from attendance, once the webinars feature has committed it: a rolled
 * back attendance never completes a step.
 */
@ApplicationScoped
public class WebinarAttendanceObserver {

  @Inject TrainingService training;

  void onAttended(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebinarAttended attended) {
    if (training.completesSteps(attended.kind())) {
      training.recordAttendance(attended);
    }
  }
}

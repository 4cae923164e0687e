package org.mentorhub.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingInsightsCsvTest {

  @Test
  void oneRowPerTrackThenOneRowPerStepWithFieldsQuotedWhenNeeded() {
    TrainingInsightsView insights =
        new TrainingInsightsView(
            List.of(
                new TrainingInsightsView.TrackInsight(
                    "feedback",
                    "Feedback, given well",
                    12,
                    3,
                    List.of(
                        new TrainingInsightsView.StepInsight("giving", "lesson", "Giving", 9),
                        new TrainingInsightsView.StepInsight(
                            "check", "quiz", "The \"check\"", 4)))));

    assertThat(TrainingInsightsCsv.of(insights).split("\r\n"))
        .containsExactly(
            TrainingInsightsCsv.HEADER,
            "feedback,\"Feedback, given well\",,track,,12,3",
            "feedback,\"Feedback, given well\",giving,lesson,Giving,12,9",
            "feedback,\"Feedback, given well\",check,quiz,\"The \"\"check\"\"\",12,4");
  }
}

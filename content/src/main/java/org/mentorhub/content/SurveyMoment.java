package org.mentorhub.content;

/** When in a mentorship programme a survey is sent. */
public enum SurveyMoment {
  /** Six to eight weeks after a mentorship starts, to catch problems while they are fixable. */
  EARLY_CHECK,
  /** Halfway through the programme, when engagement usually dips and people need re-engaging. */
  MID_POINT,
  /** At the close of the programme, to measure what changed for the business. */
  END
}

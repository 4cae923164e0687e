package org.mentorhub.content;

/**
 * Thrown when a quiz attempt names a question or option the quiz does not have, so the plugin can
 * answer 400 and name the field instead of scoring nonsense.
 */
public class InvalidAnswerException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String questionId;
  private final String optionId;

  InvalidAnswerException(String questionId, String optionId, String message) {
    super(message);
    this.questionId = questionId;
    this.optionId = optionId;
  }

  /** The question the bad answer was given for. */
  public String questionId() {
    return questionId;
  }

  /** The unknown option id, or {@code null} when the problem is not a single option. */
  public String optionId() {
    return optionId;
  }
}

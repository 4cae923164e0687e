package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

/**
 * One answer a member can pick, with the feedback that explains why it is or is not right.
 *
 * @param id stable within its question; members' answers refer to it
 */
public record Option(String id, String text, boolean correct, String feedback) {

  public Option {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(feedback, "feedback");
  }
}

package org.mentorhub.directory;

import org.mentorhub.platform.problem.ResourceNotFoundException;

/** No listed mentor profile has this id (hidden ones are unknown to other members). */
public class UnknownMentorException extends ResourceNotFoundException {
  public UnknownMentorException(String mentorId) {
    super("mentor profile", mentorId);
  }
}

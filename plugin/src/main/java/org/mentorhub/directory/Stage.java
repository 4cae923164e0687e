package org.mentorhub.directory;

/** The career stage of a business: where a mentee is, or where a mentor has experience. */
final class Stage {
  static final String PATTERN = "idea|early|growth|established";
  static final String MESSAGE = "must be one of idea, early, growth, established";

  private Stage() {}
}

package org.mentorhub.moderation;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by a feature that owns reportable things: whether one exists and whom it concerns.
 */
public interface ReportTargetResolver {

  TargetType type();

  /** Empty when nothing with this id exists; else the members it concerns (may be none). */
  Optional<List<String>> membersConcerned(String id);
}

package org.mentorhub.moderation;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Optional;
import org.mentorhub.platform.problem.ResourceNotFoundException;

/**
 * Resolves targets owned by other features (webinar sessions, lessons) through the {@link
 * ReportTargetResolver} beans those features provide, so moderation does not depend on their
 * internals.
 */
final class ReportTargets {
  private ReportTargets() {}

  static List<String> resolve(TargetType type, String id) {
    for (ReportTargetResolver resolver : CDI.current().select(ReportTargetResolver.class)) {
      if (resolver.type() == type) {
        Optional<List<String>> members = resolver.membersConcerned(id);
        return members.orElseThrow(() -> new ResourceNotFoundException(label(type), id));
      }
    }
    throw new ResourceNotFoundException(label(type), id);
  }

  private static String label(TargetType type) {
    return type.name().toLowerCase().replace('_', ' ');
  }
}

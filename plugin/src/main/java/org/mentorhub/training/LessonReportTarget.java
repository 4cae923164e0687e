package org.mentorhub.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.mentorhub.moderation.ReportTargetResolver;
import org.mentorhub.moderation.TargetType;

/** Lets members report a lesson, named {@code track-slug/step-id}; it concerns no member. */
@ApplicationScoped
public class LessonReportTarget implements ReportTargetResolver {

  @Inject TrainingCatalog catalog;

  @Override
  public TargetType type() {
    return TargetType.LESSON;
  }

  @Override
  public Optional<List<String>> membersConcerned(String id) {
    int slash = id.indexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    try {
      catalog.step(catalog.track(id.substring(0, slash)), id.substring(slash + 1));
      return Optional.of(List.of());
    } catch (RuntimeException unknown) {
      return Optional.empty();
    }
  }
}

package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A training track: an ordered list of steps on one soft skill.
 *
 * @param slug the folder name and URL segment, unique across tracks
 * @param estimatedMinutes the time a member should budget for the whole track
 * @param version raised when the content changes meaningfully; step ids stay the same
 * @param prerequisites slugs of tracks to complete first
 */
public record Track(
    String slug,
    String title,
    Audience audience,
    String summary,
    int estimatedMinutes,
    int version,
    List<String> prerequisites,
    List<Step> steps) {

  public Track {
    requireNonNull(slug, "slug");
    requireNonNull(title, "title");
    requireNonNull(audience, "audience");
    requireNonNull(summary, "summary");
    prerequisites = List.copyOf(prerequisites);
    steps = List.copyOf(steps);
  }

  /** The step with this id, if the track has one. */
  public Optional<Step> step(String stepId) {
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }

  /** The lessons in track order. */
  public List<LessonStep> lessons() {
    return steps.stream().filter(LessonStep.class::isInstance).map(LessonStep.class::cast).toList();
  }
}

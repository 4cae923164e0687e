package org.mentorhub.content;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The validated tracks and surveys the plugin serves, built once at start-up.
 *
 * <p>Construction fails on any content problem, so a broken lesson or quiz stops deployment instead
 * of reaching a member.
 */
public final class TrackCatalog {

  private final Map<String, Track> tracks;
  private final Map<String, Survey> surveys;

  private TrackCatalog(LoadedContent content) {
    this.tracks = byKey(content.tracks(), Track::slug);
    this.surveys = byKey(content.surveys(), Survey::id);
  }

  /** The content shipped in this module. */
  public static TrackCatalog fromClasspath() {
    return of(ContentLoader.fromClasspath().load());
  }

  /** Content in a host's directory, laid out like the shipped resources. */
  public static TrackCatalog fromDirectory(Path root) {
    return of(ContentLoader.fromDirectory(root).load());
  }

  /**
   * A catalog of already loaded content.
   *
   * @throws InvalidContentException listing every problem, if {@link ContentValidator} finds any
   */
  public static TrackCatalog of(LoadedContent content) {
    List<ContentProblem> problems = ContentValidator.validate(content);
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new TrackCatalog(content);
  }

  /** Every track in display order. */
  public List<Track> tracks() {
    return List.copyOf(tracks.values());
  }

  /** The track with this slug, if there is one. */
  public Optional<Track> track(String slug) {
    return Optional.ofNullable(tracks.get(slug));
  }

  /** Every survey in index order. */
  public List<Survey> surveys() {
    return List.copyOf(surveys.values());
  }

  /** The survey with this id, if there is one. */
  public Optional<Survey> survey(String id) {
    return Optional.ofNullable(surveys.get(id));
  }

  /** A read-only map in list order; keys are unique because validation passed. */
  private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
    return Collections.unmodifiableMap(
        values.stream()
            .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
  }
}

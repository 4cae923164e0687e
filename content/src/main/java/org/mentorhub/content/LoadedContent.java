package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What {@link ContentLoader} read, before validation.
 *
 * @param tracks the tracks that could be read, in index order, without any step that was broken
 * @param surveys the surveys that could be read, in index order
 * @param problems what could not be read (missing files, bad YAML, missing or mistyped fields)
 * @param stepFiles the file each step was read from, keyed by {@code <slug>/<step-id>}, so later
 *     problems can name the file a quiz actually lives in
 */
public record LoadedContent(
    List<Track> tracks,
    List<Survey> surveys,
    List<ContentProblem> problems,
    Map<String, String> stepFiles) {

  public LoadedContent {
    tracks = List.copyOf(tracks);
    surveys = List.copyOf(surveys);
    problems = List.copyOf(problems);
    stepFiles = Map.copyOf(stepFiles);
  }

  /** The file a step was read from, or its track's {@code track.yaml} if it was defined there. */
  public String fileOf(String slug, String stepId) {
    requireNonNull(slug, "slug");
    requireNonNull(stepId, "stepId");
    return stepFiles.getOrDefault(slug + "/" + stepId, trackFile(slug));
  }

  static String trackFile(String slug) {
    return "tracks/" + slug + "/track.yaml";
  }
}

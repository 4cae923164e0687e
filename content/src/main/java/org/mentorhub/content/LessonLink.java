package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link from one lesson to another, written as a relative path to the other lesson's file.
 *
 * <p>Relative file paths ({@code other-lesson.md} in the same track, {@code
 * ../feedback/giving-feedback.md} in another) were chosen over a custom scheme because they also
 * work when the files are browsed in a repository or an editor. The plugin rewrites them to its own
 * lesson URLs with {@link #parse}.
 */
public record LessonLink(String trackSlug, String stepId) {

  private static final Pattern RELATIVE_LESSON =
      Pattern.compile("(?:\\./)?(?:\\.\\./([a-z0-9-]+)/)?([a-z0-9-]+)\\.md(?:#[A-Za-z0-9_-]*)?");

  public LessonLink {
    requireNonNull(trackSlug, "trackSlug");
    requireNonNull(stepId, "stepId");
  }

  /**
   * Reads a link destination written in a lesson of {@code fromTrack}.
   *
   * @return the lesson it points to, or empty if the destination is not a lesson link (an external
   *     URL, an anchor, or something malformed)
   */
  public static Optional<LessonLink> parse(String fromTrack, String destination) {
    requireNonNull(fromTrack, "fromTrack");
    Matcher m = RELATIVE_LESSON.matcher(requireNonNull(destination, "destination"));
    if (!m.matches()) {
      return Optional.empty();
    }
    String track = m.group(1) == null ? fromTrack : m.group(1);
    return Optional.of(new LessonLink(track, m.group(2)));
  }
}

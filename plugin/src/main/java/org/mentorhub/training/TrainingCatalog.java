package org.mentorhub.training;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.mentorhub.content.LessonLink;
import org.mentorhub.content.LessonStep;
import org.mentorhub.content.Step;
import org.mentorhub.content.Track;
import org.mentorhub.content.TrackCatalog;

/**
 * The tracks members take, loaded and validated once at start-up with every lesson rendered to
 * sanitised HTML, so a broken track stops deployment and requests never parse Markdown.
 */
@ApplicationScoped
public class TrainingCatalog {

  /** Where the web UI shows a lesson; lesson-to-lesson links in the content point here. */
  static final String LESSON_PAGE = "/mentorhub/ui/tracks/%s/%s";

  private static final Logger LOG = Logger.getLogger(TrainingCatalog.class.getName());

  @Inject TrainingConfig config;

  private TrackCatalog catalog;
  private Map<String, String> lessonHtml;

  /** Loads the catalog at deployment rather than on the first request. */
  void loadAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.fine(() -> "Training catalog ready with " + catalog.tracks().size() + " tracks");
  }

  @PostConstruct
  void load() {
    catalog =
        config.contentDir().map(TrackCatalog::fromDirectory).orElseGet(TrackCatalog::fromClasspath);
    LessonRenderer renderer =
        new LessonRenderer(
            (LessonLink link) -> String.format(LESSON_PAGE, link.trackSlug(), link.stepId()));
    Map<String, String> html = new HashMap<>();
    for (Track track : catalog.tracks()) {
      for (LessonStep lesson : track.lessons()) {
        html.put(key(track.slug(), lesson.id()), renderer.render(track.slug(), lesson.markdown()));
      }
    }
    lessonHtml = Map.copyOf(html);
  }

  /** Every track in display order. */
  public List<Track> tracks() {
    return catalog.tracks();
  }

  /**
   * The track with this slug.
   *
   * @throws UnknownTrackException if there is none
   */
  public Track track(String slug) {
    return catalog.track(slug).orElseThrow(() -> new UnknownTrackException(slug));
  }

  /**
   * The step of the track with this id.
   *
   * @throws UnknownStepException if the track has none
   */
  public Step step(Track track, String stepId) {
    return track
        .step(stepId)
        .orElseThrow(() -> new UnknownStepException(track.slug(), "step", stepId));
  }

  /** The sanitised HTML of a lesson. */
  public String lessonHtml(String trackSlug, String stepId) {
    return lessonHtml.get(key(trackSlug, stepId));
  }

  private static String key(String slug, String stepId) {
    return slug + "/" + stepId;
  }
}

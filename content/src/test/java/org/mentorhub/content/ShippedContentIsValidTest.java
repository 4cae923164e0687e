package org.mentorhub.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when the shipped content has any problem, and holds it to the editorial brief:
 * the seven tracks, 2–5 lessons and a quiz each, and three short programme surveys.
 */
class ShippedContentIsValidTest {

  private final LoadedContent content = ContentLoader.fromClasspath().load();

  @Test
  void shippedContentHasNoProblems() {
    assertThat(ContentValidator.validate(content)).isEmpty();
  }

  @Test
  void catalogLoadsFromTheClasspath() {
    assertThat(TrackCatalog.fromClasspath().tracks()).hasSize(7);
  }

  @Test
  void theSevenTracksShipForTheirAudiences() {
    Map<String, Audience> audiences =
        content.tracks().stream().collect(Collectors.toMap(Track::slug, Track::audience));

    assertThat(audiences)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "onboarding", Audience.EVERYONE,
                "mentoring-foundations", Audience.MENTOR,
                "great-mentee", Audience.MENTEE,
                "active-listening", Audience.EVERYONE,
                "feedback", Audience.EVERYONE,
                "emotional-intelligence", Audience.MENTOR,
                "smart-goals-and-accountability", Audience.EVERYONE));
  }

  @Test
  void everyTrackHasTwoToFiveLessonsAndAQuiz() {
    for (Track track : content.tracks()) {
      assertThat(track.lessons()).as(track.slug()).hasSizeBetween(2, 5);
      assertThat(track.steps()).as(track.slug()).anyMatch(QuizStep.class::isInstance);
    }
  }

  @Test
  void emotionalIntelligenceBuildsOnMentoringFoundations() {
    assertThat(track("emotional-intelligence").prerequisites()).contains("mentoring-foundations");
  }

  @Test
  void onboardingIsCompletedByAttendingAnOnboardingWebinar() {
    assertThat(track("onboarding").steps())
        .filteredOn(WebinarStep.class::isInstance)
        .map(WebinarStep.class::cast)
        .extracting(WebinarStep::webinarKind)
        .containsExactly(WebinarKind.ONBOARDING);
  }

  @Test
  void threeSurveysCoverTheProgrammeForBothSides() {
    assertThat(content.surveys())
        .extracting(Survey::id, Survey::moment, Survey::audience)
        .containsExactly(
            tuple("early-check", SurveyMoment.EARLY_CHECK, Audience.EVERYONE),
            tuple("mid-point", SurveyMoment.MID_POINT, Audience.EVERYONE),
            tuple("end", SurveyMoment.END, Audience.EVERYONE));
  }

  @Test
  void surveysAreShort() {
    for (Survey survey : content.surveys()) {
      List<SurveyItem> items = survey.items();
      assertThat(items)
          .as(survey.id())
          .filteredOn(LikertItem.class::isInstance)
          .hasSizeBetween(5, 8);
      assertThat(items).as(survey.id()).filteredOn(TextItem.class::isInstance).hasSizeBetween(1, 2);
    }
  }

  @Test
  void publishedIdsNeverDisappearAndNewOnesArePublished() throws IOException {
    List<String> published;
    try (InputStream in = getClass().getResourceAsStream("/published-ids.txt")) {
      published =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .toList();
    }
    List<String> current =
        Stream.concat(
                content.tracks().stream()
                    .flatMap(t -> t.steps().stream().map(s -> "track " + t.slug() + " " + s.id())),
                content.surveys().stream()
                    .flatMap(s -> s.items().stream().map(i -> "survey " + s.id() + " " + i.id())))
            .toList();

    assertThat(current)
        .as("a published id was removed or renamed; members' progress is keyed by it")
        .containsAll(published);
    assertThat(published)
        .as("new ids must be added to src/test/resources/published-ids.txt")
        .containsAll(current);
  }

  private Track track(String slug) {
    return content.tracks().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
  }
}

package org.mentorhub.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

  @TempDir Path root;

  @Test
  void loadsEveryStepKindFromADirectory() {
    LoadedContent content = ContentFixture.valid(root).load();

    assertThat(content.problems()).isEmpty();
    Track basics = content.tracks().get(0);
    assertThat(basics.audience()).isEqualTo(Audience.EVERYONE);
    assertThat(basics.steps())
        .extracting(Step::kind)
        .containsExactly(StepKind.LESSON, StepKind.QUIZ, StepKind.REFLECTION, StepKind.WEBINAR);
    assertThat(basics.step("attend"))
        .get()
        .isInstanceOfSatisfying(
            WebinarStep.class, w -> assertThat(w.webinarKind()).isEqualTo(WebinarKind.ONBOARDING));
    assertThat(content.tracks().get(1).prerequisites()).containsExactly("basics");
  }

  @Test
  void lessonBodyComesWithoutFrontMatter() {
    ContentFixture fixture = ContentFixture.valid(root);
    fixture.write(
        "tracks/basics/intro.md", "---\r\ntitle: Intro\r\nminutes: 7\r\n---\r\n\r\n# Hi\r\n");

    LessonStep lesson = fixture.load().tracks().get(0).lessons().get(0);

    assertThat(lesson.title()).isEqualTo("Intro");
    assertThat(lesson.minutes()).isEqualTo(7);
    assertThat(lesson.markdown()).isEqualTo("# Hi");
  }

  @Test
  void byteOrderMarkDoesNotHideFrontMatter() {
    ContentFixture fixture = ContentFixture.valid(root);
    fixture.write("tracks/basics/intro.md", "\uFEFF---\ntitle: Intro\nminutes: 7\n---\n# Hi\n");

    assertThat(fixture.load().tracks().get(0).lessons().get(0).title()).isEqualTo("Intro");
  }

  @Test
  void surveyItemsTakeTheSurveyScaleUnlessTheyHaveTheirOwn() {
    Survey survey = ContentFixture.valid(root).load().surveys().get(0);

    assertThat(survey.moment()).isEqualTo(SurveyMoment.EARLY_CHECK);
    assertThat(survey.items().get(0))
        .isInstanceOfSatisfying(
            LikertItem.class, i -> assertThat(i.labels()).startsWith("Strongly disagree"));
    assertThat(survey.items().get(1))
        .isInstanceOfSatisfying(LikertItem.class, i -> assertThat(i.labels()).startsWith("Never"));
    assertThat(survey.items().get(2)).isInstanceOf(TextItem.class);
  }

  @Test
  void surveysAreOptionalForAHostDirectory() {
    ContentFixture fixture = ContentFixture.valid(root);
    fixture.write("surveys/index.yaml", "surveys: []\n");

    assertThat(fixture.load().surveys()).isEmpty();
    assertThat(fixture.problems()).isEmpty();
  }

  @Test
  void indexEntryCannotEscapeTheContentDirectory() {
    ContentFixture fixture = ContentFixture.valid(root);
    fixture.write("tracks/index.yaml", "tracks: [basics, next, ../secrets]\n");

    assertThat(fixture.problems())
        .extracting(ContentProblem::message)
        .containsExactly(
            "'../secrets' is not a valid id: use lowercase letters, digits and single hyphens");
  }

  @Test
  void catalogRefusesContentWithProblems() {
    ContentFixture fixture = ContentFixture.valid(root);
    fixture.edit("tracks/basics/track.yaml", "passMark: 50", "passMark: 0");

    assertThatThrownBy(() -> TrackCatalog.fromDirectory(root))
        .isInstanceOfSatisfying(
            InvalidContentException.class, e -> assertThat(e.problems()).hasSize(1))
        .hasMessageContaining("tracks/basics/track.yaml [check]: passMark 0");
  }

  @Test
  void catalogFindsTracksAndSurveysById() {
    ContentFixture.valid(root);

    TrackCatalog catalog = TrackCatalog.fromDirectory(root);

    assertThat(catalog.tracks()).extracting(Track::slug).containsExactly("basics", "next");
    assertThat(catalog.track("next")).get().extracting(Track::version).isEqualTo(2);
    assertThat(catalog.track("missing")).isEmpty();
    assertThat(catalog.survey("early-check")).isPresent();
  }
}

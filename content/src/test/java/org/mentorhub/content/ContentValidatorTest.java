package org.mentorhub.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentValidatorTest {

  private static final String BASICS = "tracks/basics/track.yaml";

  /** Track-level breakage goes in the track nothing depends on, so it does not cascade. */
  private static final String NEXT = "tracks/next/track.yaml";

  @TempDir Path root;

  private ContentFixture fixture;

  @BeforeEach
  void writeValidContent() {
    fixture = ContentFixture.valid(root);
  }

  @Test
  void validContentHasNoProblems() {
    assertThat(fixture.problems()).isEmpty();
  }

  @Test
  void missingRequiredFieldIsReportedWithItsFile() {
    fixture.edit(NEXT, "summary: What comes next.\n", "");

    assertThat(fixture.problems())
        .containsExactly(ContentProblem.inFile(NEXT, "summary is required"));
  }

  @Test
  void unknownAudienceListsTheKnownOnes() {
    fixture.edit(NEXT, "audience: mentor", "audience: owners");

    assertThat(only())
        .hasToString(NEXT + ": audience 'owners' is not one of mentor, mentee, everyone");
  }

  @Test
  void unknownStepKindNamesTheStepPosition() {
    fixture.edit(BASICS, "kind: reflection", "kind: essay");

    assertThat(only().message()).startsWith("step 3: kind 'essay' is not one of lesson, quiz");
  }

  @Test
  void wrongTypeIsReported() {
    fixture.edit(NEXT, "version: 2", "version: one");

    assertThat(only().message()).isEqualTo("version must be a whole number, found 'one'");
  }

  @Test
  void unquotedYesIsNotMistakenForText() {
    fixture.edit(BASICS, "text: This one", "text: yes");

    assertThat(only())
        .isEqualTo(
            new ContentProblem(
                BASICS,
                "check",
                "question q1: option a: text must be text, found 'true' (quote it)"));
  }

  @Test
  void misspeltFieldIsReported() {
    fixture.edit(BASICS, "passMark: 50", "passMark: 50\n    pasMark: 60");

    assertThat(only().message()).startsWith("unknown field 'pasMark'");
    assertThat(only().stepId()).isEqualTo("check");
  }

  @Test
  void invalidYamlIsReportedWithItsPosition() {
    fixture.edit(NEXT, "title: Next", "title: [Next");

    assertThat(only().file()).isEqualTo(NEXT);
    assertThat(only().message()).startsWith("invalid YAML").contains("line");
  }

  @Test
  void duplicatedYamlKeyIsReportedInsteadOfSilentlyOverwritten() {
    fixture.edit(NEXT, "version: 2", "version: 2\nversion: 3");

    assertThat(only().message()).startsWith("invalid YAML").contains("found duplicate key version");
  }

  @Test
  void duplicateQuestionIdIsReported() {
    fixture.edit(
        BASICS,
        "passMark: 50\n    questions:\n",
        "passMark: 50\n    questions:\n"
            + "      - id: q1\n        text: Again?\n        options:\n"
            + "          - {id: a, text: Yes it is, correct: true, feedback: Fine.}\n"
            + "          - {id: b, text: No it is not, feedback: Fine.}\n");

    assertThat(only())
        .isEqualTo(
            new ContentProblem(BASICS, "check", "question q1: id is used twice in this quiz"));
  }

  @Test
  void duplicateSlugIsReported() {
    fixture.write("tracks/index.yaml", "tracks: [basics, next, basics]\n");

    assertThat(fixture.problems())
        .contains(ContentProblem.inFile("tracks/index.yaml", "track 'basics' is listed twice"));
  }

  @Test
  void slugMustMatchItsFolder() {
    fixture.edit(BASICS, "slug: basics", "slug: basic");

    assertThat(only().message()).isEqualTo("slug 'basic' must match its folder 'basics'");
  }

  @Test
  void trackMissingFromDiskIsReported() {
    fixture.write("tracks/index.yaml", "tracks: [basics, next, ghost]\n");

    assertThat(only())
        .hasToString("tracks/ghost/track.yaml: file not found (listed in tracks/index.yaml)");
  }

  @Test
  void duplicateStepIdIsReported() {
    fixture.edit(BASICS, "id: think", "id: check");

    assertThat(only())
        .isEqualTo(new ContentProblem(BASICS, "check", "step id is used twice in this track"));
  }

  @Test
  void stepIdMustBeSafeForFileNamesAndUrls() {
    fixture.edit(BASICS, "id: think", "id: Think_About");

    assertThat(only().message()).startsWith("step 3: id 'Think_About' is not valid");
  }

  @Test
  void unknownPrerequisiteIsReported() {
    fixture.edit("tracks/next/track.yaml", "[basics]", "[basics, advanced]");

    assertThat(only())
        .isEqualTo(
            ContentProblem.inFile(
                "tracks/next/track.yaml", "prerequisite 'advanced' is not a readable track"));
  }

  @Test
  void prerequisiteCycleIsReportedOnceWithItsPath() {
    fixture.edit(BASICS, "prerequisites: []", "prerequisites: [next]");

    assertThat(fixture.problems())
        .containsExactly(
            ContentProblem.inFile(BASICS, "prerequisites form a cycle: basics -> next -> basics"));
  }

  @Test
  void trackCannotRequireItself() {
    fixture.edit(BASICS, "prerequisites: []", "prerequisites: [basics]");

    assertThat(fixture.problems())
        .containsExactly(ContentProblem.inFile(BASICS, "a track cannot be its own prerequisite"));
  }

  @Test
  void singleChoiceQuestionNeedsExactlyOneCorrectOption() {
    fixture.edit(BASICS, "text: That one", "text: That one\n            correct: true");

    assertThat(only())
        .isEqualTo(
            new ContentProblem(
                BASICS,
                "check",
                "question q1: a single-choice question needs exactly one correct option, found 2"));
  }

  @Test
  void singleChoiceQuestionWithoutCorrectOptionIsReported() {
    fixture.edit(BASICS, "correct: true", "correct: false");

    assertThat(only().message()).endsWith("needs exactly one correct option, found 0");
  }

  @Test
  void multipleChoiceQuestionNeedsACorrectOption() {
    fixture
        .edit(BASICS, "text: Which?", "text: Which?\n        multiple: true")
        .edit(BASICS, "correct: true", "correct: false");

    assertThat(only().message())
        .isEqualTo("question q1: a multiple-choice question needs a correct option");
  }

  @Test
  void multipleChoiceQuestionMayHaveSeveralCorrectOptions() {
    fixture
        .edit(BASICS, "text: Which?", "text: Which?\n        multiple: true")
        .edit(BASICS, "text: That one", "text: That one\n            correct: true");

    assertThat(fixture.problems()).isEmpty();
  }

  @Test
  void optionWithoutFeedbackIsReported() {
    fixture.edit(BASICS, "            feedback: No, because.\n", "");

    assertThat(only())
        .isEqualTo(
            new ContentProblem(BASICS, "check", "question q1: option b: feedback is required"));
  }

  @Test
  void questionWithOneOptionIsReported() {
    fixture.edit(
        BASICS,
        "          - id: b\n            text: That one\n            feedback: No, because.\n",
        "");

    assertThat(only().message()).isEqualTo("question q1: needs at least two options");
  }

  @Test
  void passMarkMustBeAPercentage() {
    fixture.edit(BASICS, "passMark: 50", "passMark: 0");
    assertThat(only().message()).isEqualTo("passMark 0 must be between 1 and 100");

    fixture.edit(BASICS, "passMark: 0", "passMark: 101");
    assertThat(only().message()).isEqualTo("passMark 101 must be between 1 and 100");
  }

  @Test
  void quizInItsOwnFileIsReportedAgainstThatFile() {
    fixture
        .edit(BASICS, "    passMark: 50\n", "")
        .edit(BASICS, BASICS_QUIZ_QUESTIONS, "")
        .write(
            "tracks/basics/check.yaml",
            """
            passMark: 50
            questions:
              - id: q1
                text: Which?
                options:
                  - {id: a, text: This one, feedback: No.}
                  - {id: b, text: That one, feedback: No.}
            """);

    assertThat(only())
        .isEqualTo(
            new ContentProblem(
                "tracks/basics/check.yaml",
                "check",
                "question q1: a single-choice question needs exactly one correct option, found 0"));
  }

  @Test
  void quizWithoutQuestionsAnywhereIsReported() {
    fixture.edit(BASICS, "    passMark: 50\n", "").edit(BASICS, BASICS_QUIZ_QUESTIONS, "");

    assertThat(only().file()).isEqualTo("tracks/basics/check.yaml");
    assertThat(only().message()).startsWith("file not found (a quiz needs passMark and questions");
  }

  @Test
  void shortLessonIsReportedWithItsWordCount() {
    fixture.lesson("basics", "intro", ContentFixture.words(399));

    assertThat(only())
        .isEqualTo(
            new ContentProblem(
                "tracks/basics/intro.md", "intro", "has 399 words; lessons need 400 to 900"));
  }

  @Test
  void longLessonIsReported() {
    fixture.lesson("basics", "intro", ContentFixture.words(901));

    assertThat(only().message()).startsWith("has 901 words");
  }

  @Test
  void markdownSyntaxDoesNotCountAsWords() {
    fixture.lesson("basics", "intro", ContentFixture.words(400) + "\n- **\u2014**\n\n> ---\n");

    assertThat(fixture.problems()).isEmpty();
  }

  @Test
  void rawHtmlBlockIsReported() {
    fixture.lesson("basics", "intro", ContentFixture.words(450) + "\n<div>boxed</div>\n");

    assertThat(only().message()).isEqualTo("contains raw HTML: <div>boxed</div>");
  }

  @Test
  void inlineHtmlIsReported() {
    fixture.lesson("basics", "intro", ContentFixture.words(450) + "\nSome <b>bold</b> text.\n");

    assertThat(fixture.problems())
        .extracting(ContentProblem::message)
        .containsExactly("contains raw HTML: <b>", "contains raw HTML: </b>");
  }

  @Test
  void lessonLinksThatResolvePass() {
    fixture.lesson(
        "basics",
        "intro",
        ContentFixture.words(450)
            + "\nSee [more](../next/more.md#top), [this](intro.md), [web](https://example.org)"
            + " and [below](#heading).\n");

    assertThat(fixture.problems()).isEmpty();
  }

  @Test
  void linkToMissingLessonIsReported() {
    fixture.lesson("basics", "intro", ContentFixture.words(450) + "\n[gone](../next/gone.md)\n");

    assertThat(only())
        .isEqualTo(
            new ContentProblem(
                "tracks/basics/intro.md",
                "intro",
                "link '../next/gone.md' points to 'gone', which is not a lesson of track 'next'"));
  }

  @Test
  void linkToAStepThatIsNotALessonIsReported() {
    fixture.lesson("basics", "intro", ContentFixture.words(450) + "\n[quiz](check.md)\n");

    assertThat(only().message()).contains("'check', which is not a lesson");
  }

  @Test
  void linkToUnknownTrackIsReported() {
    fixture.lesson("basics", "intro", ContentFixture.words(450) + "\n[x](../nowhere/a.md)\n");

    assertThat(only().message())
        .isEqualTo("link '../nowhere/a.md' points to unknown track 'nowhere'");
  }

  @Test
  void linkThatIsNeitherWebNorLessonIsReported() {
    fixture.lesson("basics", "intro", ContentFixture.words(450) + "\n[x](javascript:alert(1))\n");

    assertThat(only().message()).startsWith("link 'javascript:alert(1)' is neither");
  }

  @Test
  void imageIsReported() {
    fixture.lesson("basics", "intro", ContentFixture.words(450) + "\n![chart](chart.png)\n");

    assertThat(only().message()).isEqualTo("images are not supported: chart.png");
  }

  @Test
  void missingLessonFileIsReported() {
    fixture.write("tracks/next/track.yaml", NEXT_WITH_MISSING_LESSON);

    assertThat(only())
        .isEqualTo(
            new ContentProblem(
                "tracks/next/track.yaml", "absent", "lesson file tracks/next/absent.md not found"));
  }

  @Test
  void lessonWithoutFrontMatterIsReported() {
    fixture.write("tracks/basics/intro.md", ContentFixture.words(450));

    assertThat(only())
        .isEqualTo(
            new ContentProblem(
                "tracks/basics/intro.md",
                "intro",
                "must start with front matter between '---' lines"));
  }

  @Test
  void frontMatterWithoutMinutesIsReported() {
    fixture.write("tracks/basics/intro.md", "---\ntitle: Intro\n---\n" + ContentFixture.words(450));

    assertThat(only())
        .isEqualTo(
            new ContentProblem(
                "tracks/basics/intro.md", "intro", "front matter: minutes is required"));
  }

  @Test
  void likertItemNeedsFiveLabels() {
    fixture.edit(
        "surveys/early-check.yaml", "[Never, Rarely, Sometimes, Often, Always]", "[Low, High]");

    assertThat(only())
        .isEqualTo(
            new ContentProblem(
                "surveys/early-check.yaml", "meetings", "a likert scale needs 5 labels, found 2"));
  }

  @Test
  void duplicateSurveyItemIdIsReported() {
    fixture.edit("surveys/early-check.yaml", "id: meetings", "id: clear-goal");

    assertThat(only())
        .isEqualTo(
            new ContentProblem(
                "surveys/early-check.yaml", "clear-goal", "item id is used twice in this survey"));
  }

  @Test
  void unknownSurveyMomentIsReported() {
    fixture.edit("surveys/early-check.yaml", "moment: early-check", "moment: weekly");

    assertThat(only().message())
        .isEqualTo("moment 'weekly' is not one of early-check, mid-point, end");
  }

  @Test
  void missingTrackIndexIsReported() {
    ContentFixture empty = new ContentFixture(root.resolve("empty"));

    assertThat(empty.problems())
        .containsExactly(ContentProblem.inFile("tracks/index.yaml", "file not found"));
  }

  @Test
  void everyProblemInAFileIsReportedInOneRun() {
    fixture
        .edit(BASICS, "passMark: 50", "passMark: 500")
        .edit(BASICS, "    prompt: What will you change?\n", "")
        .lesson("next", "more", "Too short.");

    List<ContentProblem> problems = fixture.problems();

    assertThat(problems)
        .extracting(ContentProblem::message)
        .contains(
            "prompt is required",
            "passMark 500 must be between 1 and 100",
            "has 2 words; lessons need 400 to 900");
  }

  private ContentProblem only() {
    List<ContentProblem> problems = fixture.problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static final String BASICS_QUIZ_QUESTIONS =
      """
          questions:
            - id: q1
              text: Which?
              options:
                - id: a
                  text: This one
                  correct: true
                  feedback: Right, because.
                - id: b
                  text: That one
                  feedback: No, because.
      """;

  private static final String NEXT_WITH_MISSING_LESSON =
      """
      slug: next
      title: Next
      audience: mentor
      summary: What comes next.
      estimatedMinutes: 10
      version: 2
      steps:
        - id: more
          kind: lesson
        - id: absent
          kind: lesson
      """;
}

package org.mentorhub.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks loaded content against the rules members rely on and lists every problem found.
 *
 * <p>On top of what {@link ContentLoader} reports, it checks: unique track slugs, step ids, survey
 * ids and item ids; prerequisites that exist and form no cycle; quizzes with a pass mark in 1..100,
 * questions with at least two options, exactly one correct option for single choice and at least
 * one for multiple choice; lessons that render, stay within {@value #MIN_LESSON_WORDS}–{@value
 * #MAX_LESSON_WORDS} words, hold no raw HTML or images and whose links resolve to existing lessons;
 * Likert items with exactly {@value LikertItem#POINTS} labels.
 */
public final class ContentValidator {

  /** Shorter lessons rarely teach anything; longer ones are not read to the end. */
  static final int MIN_LESSON_WORDS = 400;

  static final int MAX_LESSON_WORDS = 900;

  private ContentValidator() {}

  /** The loader's problems followed by the rule violations, in file order; empty means valid. */
  public static List<ContentProblem> validate(LoadedContent content) {
    List<ContentProblem> problems = new ArrayList<>(content.problems());
    Map<String, Track> bySlug = new LinkedHashMap<>();
    for (Track track : content.tracks()) {
      if (bySlug.putIfAbsent(track.slug(), track) != null) {
        problems.add(
            ContentProblem.inFile(
                ContentLoader.TRACK_INDEX, "track '" + track.slug() + "' is listed twice"));
      }
    }
    for (Track track : bySlug.values()) {
      checkTrack(track, bySlug, content, problems);
    }
    checkPrerequisiteCycles(bySlug, problems);
    checkSurveys(content.surveys(), problems);
    return problems;
  }

  private static void checkTrack(
      Track track, Map<String, Track> bySlug, LoadedContent content, List<ContentProblem> out) {
    String file = LoadedContent.trackFile(track.slug());
    if (track.version() < 1) {
      out.add(ContentProblem.inFile(file, "version must be 1 or more"));
    }
    if (track.estimatedMinutes() < 1) {
      out.add(ContentProblem.inFile(file, "estimatedMinutes must be 1 or more"));
    }
    if (track.steps().isEmpty()) {
      out.add(ContentProblem.inFile(file, "a track needs at least one step"));
    }
    Set<String> seenPrerequisites = new HashSet<>();
    for (String prerequisite : track.prerequisites()) {
      if (!seenPrerequisites.add(prerequisite)) {
        out.add(ContentProblem.inFile(file, "prerequisite '" + prerequisite + "' is listed twice"));
      } else if (prerequisite.equals(track.slug())) {
        out.add(ContentProblem.inFile(file, "a track cannot be its own prerequisite"));
      } else if (!bySlug.containsKey(prerequisite)) {
        out.add(
            ContentProblem.inFile(
                file, "prerequisite '" + prerequisite + "' is not a readable track"));
      }
    }
    Set<String> stepIds = new HashSet<>();
    for (Step step : track.steps()) {
      String stepFile = content.fileOf(track.slug(), step.id());
      if (!stepIds.add(step.id())) {
        out.add(new ContentProblem(file, step.id(), "step id is used twice in this track"));
      }
      // Reflections and webinar steps have nothing the loader has not already checked.
      if (step instanceof LessonStep lesson) {
        checkLesson(track, lesson, stepFile, bySlug, out);
      } else if (step instanceof QuizStep quiz) {
        checkQuiz(quiz, stepFile, out);
      }
    }
  }

  private static void checkLesson(
      Track track,
      LessonStep lesson,
      String file,
      Map<String, Track> bySlug,
      List<ContentProblem> out) {
    if (lesson.minutes() < 1) {
      out.add(new ContentProblem(file, lesson.id(), "minutes must be 1 or more"));
    }
    LessonMarkdown markdown;
    try {
      markdown = LessonMarkdown.analyse(lesson.markdown());
    } catch (RuntimeException e) {
      out.add(new ContentProblem(file, lesson.id(), "does not render: " + e));
      return;
    }
    if (markdown.words() < MIN_LESSON_WORDS || markdown.words() > MAX_LESSON_WORDS) {
      out.add(
          new ContentProblem(
              file,
              lesson.id(),
              "has "
                  + markdown.words()
                  + " words; lessons need "
                  + MIN_LESSON_WORDS
                  + " to "
                  + MAX_LESSON_WORDS));
    }
    for (String html : markdown.rawHtml()) {
      out.add(new ContentProblem(file, lesson.id(), "contains raw HTML: " + abbreviate(html)));
    }
    for (String image : markdown.images()) {
      out.add(new ContentProblem(file, lesson.id(), "images are not supported: " + image));
    }
    for (String destination : markdown.links()) {
      linkProblem(track.slug(), destination, bySlug)
          .ifPresent(message -> out.add(new ContentProblem(file, lesson.id(), message)));
    }
  }

  /** Lessons may link out to the web, to an anchor, or to another lesson by its relative path. */
  private static Optional<String> linkProblem(
      String fromTrack, String destination, Map<String, Track> bySlug) {
    if (destination.startsWith("https://")
        || destination.startsWith("http://")
        || destination.startsWith("mailto:")
        || destination.startsWith("#")) {
      return Optional.empty();
    }
    Optional<LessonLink> link = LessonLink.parse(fromTrack, destination);
    if (link.isEmpty()) {
      return Optional.of(
          "link '"
              + destination
              + "' is neither a web address nor a lesson path like"
              + " 'other-lesson.md' or '../other-track/lesson.md'");
    }
    Track target = bySlug.get(link.get().trackSlug());
    if (target == null) {
      return Optional.of(
          "link '" + destination + "' points to unknown track '" + link.get().trackSlug() + "'");
    }
    Optional<Step> step = target.step(link.get().stepId());
    if (step.isEmpty() || !(step.get() instanceof LessonStep)) {
      return Optional.of(
          "link '"
              + destination
              + "' points to '"
              + link.get().stepId()
              + "', which is not a lesson of track '"
              + target.slug()
              + "'");
    }
    return Optional.empty();
  }

  private static void checkQuiz(QuizStep quiz, String file, List<ContentProblem> out) {
    if (quiz.passMark() < 1 || quiz.passMark() > 100) {
      out.add(
          new ContentProblem(
              file, quiz.id(), "passMark " + quiz.passMark() + " must be between 1 and 100"));
    }
    if (quiz.questions().isEmpty()) {
      out.add(new ContentProblem(file, quiz.id(), "a quiz needs at least one question"));
    }
    Set<String> questionIds = new HashSet<>();
    for (Question question : quiz.questions()) {
      String where = "question " + question.id() + ": ";
      if (!questionIds.add(question.id())) {
        out.add(new ContentProblem(file, quiz.id(), where + "id is used twice in this quiz"));
      }
      if (question.options().size() < 2) {
        out.add(new ContentProblem(file, quiz.id(), where + "needs at least two options"));
      }
      Set<String> optionIds = new HashSet<>();
      for (Option option : question.options()) {
        if (!optionIds.add(option.id())) {
          out.add(
              new ContentProblem(
                  file, quiz.id(), where + "option id '" + option.id() + "' is used twice"));
        }
      }
      long correct = question.options().stream().filter(Option::correct).count();
      if (question.multiple() && correct == 0) {
        out.add(
            new ContentProblem(
                file, quiz.id(), where + "a multiple-choice question needs a correct option"));
      } else if (!question.multiple() && correct != 1) {
        out.add(
            new ContentProblem(
                file,
                quiz.id(),
                where
                    + "a single-choice question needs exactly one correct option, found "
                    + correct));
      }
    }
  }

  /** Reports each cycle once, from the first track (in index order) that reaches it. */
  private static void checkPrerequisiteCycles(Map<String, Track> bySlug, List<ContentProblem> out) {
    Set<String> finished = new HashSet<>();
    for (String slug : bySlug.keySet()) {
      findCycle(slug, bySlug, new ArrayList<>(), finished, out);
    }
  }

  private static void findCycle(
      String slug,
      Map<String, Track> bySlug,
      List<String> path,
      Set<String> finished,
      List<ContentProblem> out) {
    int index = path.indexOf(slug);
    if (index >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(index, path.size()));
      cycle.add(slug);
      out.add(
          ContentProblem.inFile(
              LoadedContent.trackFile(slug),
              "prerequisites form a cycle: " + String.join(" -> ", cycle)));
      return;
    }
    Track track = bySlug.get(slug);
    if (track == null || finished.contains(slug)) {
      return;
    }
    path.add(slug);
    for (String prerequisite : track.prerequisites()) {
      if (!prerequisite.equals(slug)) {
        findCycle(prerequisite, bySlug, path, finished, out);
      }
    }
    path.remove(path.size() - 1);
    finished.add(slug);
  }

  private static void checkSurveys(List<Survey> surveys, List<ContentProblem> out) {
    Set<String> surveyIds = new HashSet<>();
    for (Survey survey : surveys) {
      String file = "surveys/" + survey.id() + ".yaml";
      if (!surveyIds.add(survey.id())) {
        out.add(
            ContentProblem.inFile(
                ContentLoader.SURVEY_INDEX, "survey '" + survey.id() + "' is listed twice"));
      }
      if (survey.version() < 1) {
        out.add(ContentProblem.inFile(file, "version must be 1 or more"));
      }
      if (survey.items().isEmpty()) {
        out.add(ContentProblem.inFile(file, "a survey needs at least one item"));
      }
      Set<String> itemIds = new HashSet<>();
      for (SurveyItem item : survey.items()) {
        if (!itemIds.add(item.id())) {
          out.add(new ContentProblem(file, item.id(), "item id is used twice in this survey"));
        }
        if (item instanceof LikertItem likert && likert.labels().size() != LikertItem.POINTS) {
          out.add(
              new ContentProblem(
                  file,
                  item.id(),
                  "a likert scale needs "
                      + LikertItem.POINTS
                      + " labels, found "
                      + likert.labels().size()));
        }
      }
    }
  }

  private static String abbreviate(String text) {
    String line = text.replace('\n', ' ');
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}

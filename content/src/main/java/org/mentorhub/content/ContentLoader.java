package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tracks and surveys from files into the model, collecting a {@link ContentProblem} for every
 * file or field it cannot read rather than stopping at the first.
 *
 * <p>The layout under the content root is {@code tracks/index.yaml}, {@code
 * tracks/<slug>/track.yaml}, {@code tracks/<slug>/<step-id>.md} (lessons), optionally {@code
 * tracks/<slug>/<step-id>.yaml} (a quiz kept out of {@code track.yaml}), and {@code
 * surveys/index.yaml} with {@code surveys/<id>.yaml}. The loader checks shape (required fields,
 * types, known kinds); {@link ContentValidator} checks the rules that span steps and tracks.
 */
public final class ContentLoader {

  static final String TRACK_INDEX = "tracks/index.yaml";
  static final String SURVEY_INDEX = "surveys/index.yaml";

  /** Slugs and ids become file names and URL segments, so they are kept to a safe alphabet. */
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private static final String ID_RULE = "use lowercase letters, digits and single hyphens";

  /** YAML front matter fenced by {@code ---} lines, then the Markdown body. */
  private static final Pattern FRONT_MATTER =
      Pattern.compile("---\\n(.*?\\n)---[ \\t]*(?:\\n(.*))?", Pattern.DOTALL);

  private final ContentFiles files;

  private ContentLoader(ContentFiles files) {
    this.files = files;
  }

  /** A loader for the content shipped in this module's jar. */
  public static ContentLoader fromClasspath() {
    return new ContentLoader(ContentFiles.classpath(ContentLoader.class.getClassLoader()));
  }

  /** A loader for content in a directory laid out like the shipped resources. */
  public static ContentLoader fromDirectory(Path root) {
    return new ContentLoader(ContentFiles.directory(requireNonNull(root, "root")));
  }

  /** Reads everything the index files name; never throws for bad content. */
  public LoadedContent load() {
    return new Reading().all();
  }

  /** The state of one {@link #load()}: every method adds to the same problem list. */
  private final class Reading {

    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, String> stepFiles = new HashMap<>();

    LoadedContent all() {
      List<Track> tracks = new ArrayList<>();
      for (String slug : index(TRACK_INDEX, "tracks", true)) {
        track(slug).ifPresent(tracks::add);
      }
      // Surveys are optional so a host directory may ship tracks alone.
      List<Survey> surveys = new ArrayList<>();
      for (String id : index(SURVEY_INDEX, "surveys", false)) {
        survey(id).ifPresent(surveys::add);
      }
      return new LoadedContent(tracks, surveys, problems, stepFiles);
    }

    private List<String> index(String file, String key, boolean required) {
      Optional<String> text = read(file);
      if (text.isEmpty()) {
        if (required) {
          problems.add(ContentProblem.inFile(file, "file not found"));
        }
        return List.of();
      }
      Optional<YamlObject> parsed = YamlObject.parse(text.get(), file, problems);
      if (parsed.isEmpty()) {
        return List.of();
      }
      YamlObject yaml = parsed.get();
      yaml.allowOnly(key);
      if (!yaml.has(key)) {
        yaml.problem(key + " is required");
      }
      List<String> ids = new ArrayList<>();
      for (String id : yaml.textList(key)) {
        if (isValidId(id)) {
          ids.add(id);
        } else {
          yaml.problem("'" + id + "' is not a valid id: " + ID_RULE);
        }
      }
      return ids;
    }

    private Optional<Track> track(String slug) {
      Optional<YamlObject> parsed =
          yamlFile(LoadedContent.trackFile(slug), "listed in " + TRACK_INDEX);
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      YamlObject yaml = parsed.get();
      yaml.allowOnly(
          "slug",
          "title",
          "audience",
          "summary",
          "estimatedMinutes",
          "version",
          "prerequisites",
          "steps");
      String declaredSlug = yaml.text("slug");
      if (declaredSlug != null && !declaredSlug.equals(slug)) {
        yaml.problem("slug '" + declaredSlug + "' must match its folder '" + slug + "'");
      }
      String title = yaml.text("title");
      Audience audience = yaml.choice("audience", Audience.class);
      String summary = yaml.text("summary");
      Integer minutes = yaml.integer("estimatedMinutes");
      Integer version = yaml.integer("version");
      List<String> prerequisites = yaml.textList("prerequisites");
      List<Step> steps = new ArrayList<>();
      List<YamlObject> stepYaml = yaml.objects("steps", "step");
      for (int i = 0; i < stepYaml.size(); i++) {
        step(slug, stepYaml.get(i), i + 1).ifPresent(steps::add);
      }
      if (title == null
          || audience == null
          || summary == null
          || minutes == null
          || version == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Track(slug, title, audience, summary, minutes, version, prerequisites, steps));
    }

    /** A step, or empty if anything about it is wrong, so later checks see only whole steps. */
    private Optional<Step> step(String slug, YamlObject raw, int position) {
      int before = problems.size();
      YamlObject positioned = raw.within("step " + position);
      String id = positioned.text("id");
      StepKind kind = positioned.choice("kind", StepKind.class);
      if (id != null && !isValidId(id)) {
        positioned.problem("id '" + id + "' is not valid: " + ID_RULE);
        return Optional.empty();
      }
      if (id == null || kind == null) {
        return Optional.empty();
      }
      YamlObject yaml = raw.forStep(id);
      Optional<Step> step =
          switch (kind) {
            case LESSON -> lesson(slug, id, yaml);
            case QUIZ -> quiz(slug, id, yaml);
            case REFLECTION -> reflection(id, yaml);
            case WEBINAR -> webinar(id, yaml);
          };
      return problems.size() > before ? Optional.empty() : step;
    }

    private Optional<Step> lesson(String slug, String id, YamlObject yaml) {
      // Title and minutes live in the lesson's front matter so the file describes itself.
      yaml.allowOnly("id", "kind");
      String file = "tracks/" + slug + "/" + id + ".md";
      stepFiles.put(slug + "/" + id, file);
      Optional<String> text = read(file);
      if (text.isEmpty()) {
        yaml.problem("lesson file " + file + " not found");
        return Optional.empty();
      }
      Matcher lesson = FRONT_MATTER.matcher(text.get().replace("\r\n", "\n"));
      if (!lesson.matches()) {
        problems.add(
            new ContentProblem(file, id, "must start with front matter between '---' lines"));
        return Optional.empty();
      }
      Optional<YamlObject> parsed = YamlObject.parse(lesson.group(1), file, problems);
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      YamlObject front = parsed.get().forStep(id).within("front matter");
      front.allowOnly("title", "minutes");
      String title = front.text("title");
      Integer minutes = front.integer("minutes");
      return title == null || minutes == null
          ? Optional.empty()
          : Optional.of(new LessonStep(id, title, minutes, body(lesson)));
    }

    private Optional<Step> quiz(String slug, String id, YamlObject yaml) {
      yaml.allowOnly("id", "kind", "title", "passMark", "questions");
      String title = yaml.text("title");
      YamlObject body = yaml;
      if (!yaml.has("passMark") && !yaml.has("questions")) {
        String file = "tracks/" + slug + "/" + id + ".yaml";
        stepFiles.put(slug + "/" + id, file);
        Optional<YamlObject> parsed =
            yamlFile(file, "a quiz needs passMark and questions in track.yaml or in this file");
        if (parsed.isEmpty()) {
          return Optional.empty();
        }
        body = parsed.get().forStep(id);
        body.allowOnly("passMark", "questions");
      }
      Integer passMark = body.integer("passMark");
      List<Question> questions = new ArrayList<>();
      List<YamlObject> questionYaml = body.objects("questions", "question");
      for (int i = 0; i < questionYaml.size(); i++) {
        question(questionYaml.get(i), i + 1).ifPresent(questions::add);
      }
      return title == null || passMark == null
          ? Optional.empty()
          : Optional.of(new QuizStep(id, title, passMark, questions));
    }

    private Optional<Question> question(YamlObject raw, int position) {
      String id = raw.within("question " + position).text("id");
      YamlObject yaml = raw.within("question " + (id == null ? position : id));
      yaml.allowOnly("id", "text", "multiple", "options");
      String text = yaml.text("text");
      boolean multiple = yaml.bool("multiple", false);
      List<Option> options = new ArrayList<>();
      List<YamlObject> optionYaml = yaml.objects("options", "option");
      for (int i = 0; i < optionYaml.size(); i++) {
        option(optionYaml.get(i), i + 1).ifPresent(options::add);
      }
      return id == null || text == null
          ? Optional.empty()
          : Optional.of(new Question(id, text, multiple, options));
    }

    private Optional<Option> option(YamlObject raw, int position) {
      String id = raw.within("option " + position).text("id");
      YamlObject yaml = raw.within("option " + (id == null ? position : id));
      yaml.allowOnly("id", "text", "correct", "feedback");
      String text = yaml.text("text");
      boolean correct = yaml.bool("correct", false);
      // Feedback is required on every option: a member who picks a wrong answer needs to know why.
      String feedback = yaml.text("feedback");
      return id == null || text == null || feedback == null
          ? Optional.empty()
          : Optional.of(new Option(id, text, correct, feedback));
    }

    private Optional<Step> reflection(String id, YamlObject yaml) {
      yaml.allowOnly("id", "kind", "title", "prompt");
      String title = yaml.text("title");
      String prompt = yaml.text("prompt");
      return title == null || prompt == null
          ? Optional.empty()
          : Optional.of(new ReflectionStep(id, title, prompt));
    }

    private Optional<Step> webinar(String id, YamlObject yaml) {
      yaml.allowOnly("id", "kind", "title", "webinarKind", "description");
      String title = yaml.text("title");
      WebinarKind webinarKind = yaml.choice("webinarKind", WebinarKind.class);
      String description = yaml.text("description");
      return title == null || webinarKind == null || description == null
          ? Optional.empty()
          : Optional.of(new WebinarStep(id, title, webinarKind, description));
    }

    private Optional<Survey> survey(String id) {
      String file = "surveys/" + id + ".yaml";
      Optional<YamlObject> parsed = yamlFile(file, "listed in " + SURVEY_INDEX);
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      YamlObject yaml = parsed.get();
      yaml.allowOnly("id", "version", "title", "intro", "moment", "audience", "scale", "items");
      String declaredId = yaml.text("id");
      if (declaredId != null && !declaredId.equals(id)) {
        yaml.problem("id '" + declaredId + "' must match its file name '" + id + "'");
      }
      Integer version = yaml.integer("version");
      String title = yaml.text("title");
      String intro = yaml.text("intro");
      SurveyMoment moment = yaml.choice("moment", SurveyMoment.class);
      Audience audience = yaml.choice("audience", Audience.class);
      List<String> defaultScale = yaml.textList("scale");
      List<SurveyItem> items = new ArrayList<>();
      List<YamlObject> itemYaml = yaml.objects("items", "item");
      for (int i = 0; i < itemYaml.size(); i++) {
        surveyItem(itemYaml.get(i), i + 1, defaultScale).ifPresent(items::add);
      }
      if (version == null || title == null || intro == null || moment == null || audience == null) {
        return Optional.empty();
      }
      return Optional.of(new Survey(id, version, title, intro, moment, audience, items));
    }

    private Optional<SurveyItem> surveyItem(
        YamlObject raw, int position, List<String> defaultScale) {
      YamlObject positioned = raw.within("item " + position);
      String id = positioned.text("id");
      SurveyItemKind kind = positioned.choice("kind", SurveyItemKind.class);
      if (id == null || kind == null) {
        return Optional.empty();
      }
      YamlObject yaml = raw.forStep(id);
      String text = yaml.text("text");
      if (kind == SurveyItemKind.LIKERT) {
        yaml.allowOnly("id", "kind", "text", "scale");
        List<String> scale = yaml.has("scale") ? yaml.textList("scale") : defaultScale;
        return text == null ? Optional.empty() : Optional.of(new LikertItem(id, text, scale));
      }
      yaml.allowOnly("id", "kind", "text", "required");
      boolean required = yaml.bool("required", false);
      return text == null ? Optional.empty() : Optional.of(new TextItem(id, text, required));
    }

    /** A YAML file that must exist; {@code why} says who expects it. */
    private Optional<YamlObject> yamlFile(String file, String why) {
      Optional<String> text = read(file);
      if (text.isEmpty()) {
        problems.add(ContentProblem.inFile(file, "file not found (" + why + ")"));
        return Optional.empty();
      }
      return YamlObject.parse(text.get(), file, problems);
    }

    /**
     * Reads a file, turning an unreadable one (bad encoding, a directory) into a problem and
     * dropping a byte-order mark, which some Windows editors add and which would hide front matter.
     */
    private Optional<String> read(String file) {
      try {
        return files.read(file).map(text -> text.startsWith("\uFEFF") ? text.substring(1) : text);
      } catch (UncheckedIOException e) {
        problems.add(ContentProblem.inFile(file, "cannot be read: " + e.getCause().getMessage()));
        return Optional.empty();
      }
    }
  }

  /** The Markdown after the front matter, trimmed, so an empty body is simply empty. */
  private static String body(Matcher lesson) {
    return lesson.group(2) == null ? "" : lesson.group(2).strip();
  }

  private static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /** The kinds of survey item, as named in a survey file. */
  private enum SurveyItemKind {
    LIKERT,
    TEXT
  }
}

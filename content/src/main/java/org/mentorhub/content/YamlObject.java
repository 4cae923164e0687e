package org.mentorhub.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A YAML mapping read field by field, recording a {@link ContentProblem} for every missing or
 * mistyped field instead of throwing, so one run reports every mistake in a file.
 *
 * <p>Getters of required fields return {@code null} after recording a problem, so callers build a
 * record only when every required value came back.
 */
final class YamlObject {

  private final Map<?, ?> values;
  private final String file;
  private final String stepId;
  private final String where;
  private final List<ContentProblem> problems;

  private YamlObject(
      Map<?, ?> values, String file, String stepId, String where, List<ContentProblem> problems) {
    this.values = values;
    this.file = file;
    this.stepId = stepId;
    this.where = where;
    this.problems = problems;
  }

  /** Parses a whole file whose top level must be a mapping. */
  static Optional<YamlObject> parse(String text, String file, List<ContentProblem> problems) {
    LoaderOptions options = new LoaderOptions();
    // A duplicated key is almost always a copy-paste slip that would silently drop content.
    options.setAllowDuplicateKeys(false);
    Object root;
    try {
      root = new Yaml(new SafeConstructor(options)).load(text);
    } catch (YAMLException e) {
      problems.add(ContentProblem.inFile(file, "invalid YAML: " + e.getMessage().strip()));
      return Optional.empty();
    }
    if (!(root instanceof Map<?, ?> map)) {
      problems.add(ContentProblem.inFile(file, "expected a YAML mapping at the top level"));
      return Optional.empty();
    }
    return Optional.of(new YamlObject(map, file, null, "", problems));
  }

  /** The same mapping with problems attributed to a step (or survey item). */
  YamlObject forStep(String id) {
    return new YamlObject(values, file, id, where, problems);
  }

  void problem(String message) {
    problems.add(new ContentProblem(file, stepId, where + message));
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  /** Records a problem for every key not in {@code known}, which catches misspelt field names. */
  void allowOnly(String... known) {
    Set<String> allowed = Set.of(known);
    for (Object key : values.keySet()) {
      if (!allowed.contains(String.valueOf(key))) {
        problem("unknown field '" + key + "' (expected one of " + String.join(", ", known) + ")");
      }
    }
  }

  /** A required, non-blank text field. */
  String text(String key) {
    if (!values.containsKey(key)) {
      problem(key + " is required");
      return null;
    }
    return optionalText(key).orElse(null);
  }

  /** An optional text field; present but blank or not text is a problem. */
  Optional<String> optionalText(String key) {
    Object value = values.get(key);
    if (value == null) {
      if (values.containsKey(key)) {
        problem(key + " is empty");
      }
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      // YAML reads yes/no/on/off as booleans and 1.0 as a number; quoting keeps them as text.
      problem(key + " must be text, found " + describe(value) + " (quote it)");
      return Optional.empty();
    }
    if (text.isBlank()) {
      problem(key + " is empty");
      return Optional.empty();
    }
    return Optional.of(text.strip());
  }

  /** A required integer field. */
  Integer integer(String key) {
    Object value = values.get(key);
    if (value == null) {
      problem(key + " is required");
      return null;
    }
    if (!(value instanceof Integer number)) {
      problem(key + " must be a whole number, found " + describe(value));
      return null;
    }
    return number;
  }

  /** An optional true/false field. */
  boolean bool(String key, boolean absent) {
    Object value = values.get(key);
    if (value == null) {
      return absent;
    }
    if (!(value instanceof Boolean flag)) {
      problem(key + " must be true or false, found " + describe(value));
      return absent;
    }
    return flag;
  }

  /**
   * A required enum field, matched case-insensitively with {@code -} standing for {@code _}, so
   * {@code early-check} names {@code EARLY_CHECK} and {@code mentor} names {@code MENTOR}.
   */
  <E extends Enum<E>> E choice(String key, Class<E> type) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    String name = text.toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    problem(
        key
            + " '"
            + text
            + "' is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", ")));
    return null;
  }

  /** An optional list of text values; absent means empty. */
  List<String> textList(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      problem(key + " must be a list, found " + describe(value));
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof String text && !text.isBlank()) {
        texts.add(text.strip());
      } else {
        problem(key + "[" + (i + 1) + "] must be non-empty text, found " + describe(list.get(i)));
      }
    }
    return texts;
  }

  /**
   * A required list of mappings, each labelled for problems by {@code label} and its position until
   * its own id is known.
   */
  List<YamlObject> objects(String key, String label) {
    Object value = values.get(key);
    if (value == null) {
      problem(key + " is required");
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      problem(key + " must be a list, found " + describe(value));
      return List.of();
    }
    List<YamlObject> objects = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> map) {
        objects.add(new YamlObject(map, file, stepId, where, problems));
      } else {
        problem(label + " " + (i + 1) + " must be a mapping, found " + describe(list.get(i)));
      }
    }
    return objects;
  }

  /** The same object with problem messages prefixed, e.g. {@code "question q2: "}. */
  YamlObject within(String prefix) {
    return new YamlObject(values, file, stepId, where + prefix + ": ", problems);
  }

  private static String describe(Object value) {
    if (value == null) {
      return "nothing";
    }
    if (value instanceof Map<?, ?>) {
      return "a mapping";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    return "'" + value + "'";
  }
}

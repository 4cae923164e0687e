package org.mentorhub.hostsync;

import static java.util.Objects.requireNonNull;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorFactory;
import org.mentorhub.directory.MenteeProfileInput;
import org.mentorhub.directory.MentorProfileInput;
import org.mentorhub.directory.ProfileService;
import org.mentorhub.platform.problem.Violation;

/**
 * Reads one line of an import file into the same input records the profile endpoints take, checks
 * it with the same Bean Validation rules and normalises it as {@link ProfileService} does; a bad
 * line yields every error found in it, each naming its field as a 400 answer would.
 *
 * <p>JSON-P rather than JSON-B: a wrong type then names its field precisely ("expertise[1] must be
 * a string") instead of failing the whole line with a binder message. Unknown fields are ignored,
 * as the endpoints ignore them.
 */
public final class ImportLineParser {

  /** One factory for all lines: {@code Json.createReader} looks the provider up on every call. */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private final ImportKind kind;
  private final Validator validator;

  public ImportLineParser(ImportKind kind, Validator validator) {
    this.kind = requireNonNull(kind, "kind");
    this.validator = requireNonNull(validator, "validator");
  }

  /**
   * A parser whose validator skips the JPA reachability checks: the default resolver asks the
   * persistence provider whether each property of each line is loaded, which was a fifth of the
   * cost of reading a line, and the lines are plain records, never entities. The constraints
   * checked are the same.
   */
  public ImportLineParser(ImportKind kind, ValidatorFactory validation) {
    this(kind, everyPropertyValidator(validation));
  }

  /**
   * Hibernate Validator (the server's provider) otherwise caches each answer of the resolver per
   * validation, keyed by the property's path: with a resolver that always says yes, building and
   * comparing those keys was a sixth of validating a line.
   */
  private static Validator everyPropertyValidator(ValidatorFactory validation) {
    try {
      return validation
          .unwrap(HibernateValidatorFactory.class)
          .usingContext()
          .traversableResolver(EVERY_PROPERTY)
          .enableTraversableResolverResultCache(false)
          .getValidator();
    } catch (ValidationException notHibernate) {
      return validation.usingContext().traversableResolver(EVERY_PROPERTY).getValidator();
    }
  }

  /** Every property is reachable and cascadable: nothing is lazily loaded. */
  private static final TraversableResolver EVERY_PROPERTY =
      new TraversableResolver() {
        @Override
        public boolean isReachable(
            Object bean,
            Path.Node property,
            Class<?> rootBeanType,
            Path pathToProperty,
            ElementType elementType) {
          return true;
        }

        @Override
        public boolean isCascadable(
            Object bean,
            Path.Node property,
            Class<?> rootBeanType,
            Path pathToProperty,
            ElementType elementType) {
          return true;
        }
      };

  /** A line read: either {@code line} or a non-empty {@code errors}. */
  public record Result(ImportLine line, List<LineError> errors) {
    public boolean accepted() {
      return line != null;
    }
  }

  public Result parse(long number, String text) {
    JsonObject json;
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return rejected(number, "line", "must be a JSON object");
      }
      json = value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      return rejected(number, "line", "is not valid JSON: " + firstLine(e.getMessage()));
    }
    Fields fields = new Fields(json);
    ImportIdentity identity =
        new ImportIdentity(fields.string("id"), fields.string("name"), fields.string("email"));
    Object input = kind == ImportKind.MENTORS ? mentor(fields) : mentee(fields);
    Set<Violation> violations = new LinkedHashSet<>(fields.wrongTypes);
    if (violations.isEmpty()) {
      validator.validate(identity).forEach(v -> violations.add(violation(v)));
      validator.validate(input).forEach(v -> violations.add(violation(v)));
    }
    if (!violations.isEmpty()) {
      List<LineError> errors =
          violations.stream()
              .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
              .map(v -> new LineError(number, v.field(), v.message()))
              .toList();
      return new Result(null, errors);
    }
    return kind == ImportKind.MENTORS
        ? new Result(
            new ImportLine(
                number,
                identity(identity),
                ProfileService.normalised((MentorProfileInput) input),
                null),
            List.of())
        : new Result(
            new ImportLine(
                number,
                identity(identity),
                null,
                ProfileService.normalised((MenteeProfileInput) input)),
            List.of());
  }

  private static ImportIdentity identity(ImportIdentity given) {
    String email = given.email() == null || given.email().isBlank() ? null : given.email().trim();
    return new ImportIdentity(given.id().trim(), given.name().trim(), email);
  }

  private static MentorProfileInput mentor(Fields f) {
    return new MentorProfileInput(
        f.string("name"),
        f.string("headline"),
        f.string("bio"),
        f.strings("industries"),
        f.strings("expertise"),
        f.strings("languages"),
        f.string("country"),
        f.string("timezone"),
        f.string("stage"),
        f.integer("yearsInBusiness"),
        f.integer("maxMentees"),
        f.bool("accepting"),
        null);
  }

  private static MenteeProfileInput mentee(Fields f) {
    return new MenteeProfileInput(
        f.string("goals"),
        f.string("industry"),
        f.strings("languages"),
        f.string("country"),
        f.string("timezone"),
        f.string("stage"),
        null);
  }

  private static Violation violation(ConstraintViolation<?> v) {
    return Violation.of(v);
  }

  private static Result rejected(long number, String field, String message) {
    return new Result(null, List.of(new LineError(number, field, message)));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Typed reads of an object's members; a wrong type is noted and read as absent. */
  private static final class Fields {
    private final JsonObject json;
    private final List<Violation> wrongTypes = new ArrayList<>();

    Fields(JsonObject json) {
      this.json = json;
    }

    String string(String name) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonString s) {
        return s.getString();
      }
      wrongTypes.add(new Violation(name, "must be a string"));
      return null;
    }

    Integer integer(String name) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonNumber n && n.isIntegral()) {
        try {
          return n.bigIntegerValueExact().intValueExact();
        } catch (ArithmeticException e) {
          // Falls through to the type error: too large for the field.
        }
      }
      wrongTypes.add(new Violation(name, "must be a whole number"));
      return null;
    }

    Boolean bool(String name) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      wrongTypes.add(new Violation(name, "must be true or false"));
      return null;
    }

    List<String> strings(String name) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (!(value instanceof JsonArray array)) {
        wrongTypes.add(new Violation(name, "must be an array of strings"));
        return null;
      }
      List<String> result = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        JsonValue item = array.get(i);
        if (item instanceof JsonString s) {
          result.add(s.getString());
        } else if (item == JsonValue.NULL) {
          result.add(null);
        } else {
          wrongTypes.add(new Violation(name + "[" + i + "]", "must be a string"));
        }
      }
      return result;
    }
  }
}

package org.mentorhub.webinar.internal;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mentorhub.webinar.JitsiException;

/**
 * A lenient, read-only view of a parsed JSON value: absent or null members read as null, false or
 * empty, so a webhook that omits a field still parses.
 */
public final class JsonFields {

  private static final JsonFields ABSENT = new JsonFields(null);

  private final Object value;

  private JsonFields(Object value) {
    this.value = value;
  }

  /** Parses text that must hold a JSON object, with the parser nimbus-jose-jwt ships. */
  public static JsonFields parseObject(String json) {
    try {
      return new JsonFields(JSONObjectUtils.parse(json));
    } catch (ParseException e) {
      throw new JitsiException("Expected a JSON object: " + e.getMessage(), e);
    }
  }

  /** The member {@code key} of this object; absent when this is not an object. */
  public JsonFields field(String key) {
    if (value instanceof Map<?, ?> map && map.get(key) != null) {
      return new JsonFields(map.get(key));
    }
    return ABSENT;
  }

  /** The member as text; see {@link #text()}. */
  public String string(String key) {
    return field(key).text();
  }

  /** The member as a flag; see {@link #isTrue()}. */
  public boolean flag(String key) {
    return field(key).isTrue();
  }

  /** The member as a whole number, or {@code fallback} when absent. */
  public long number(String key, long fallback) {
    return field(key).wholeNumber(fallback);
  }

  /** The member as epoch milliseconds, or null when absent. */
  public Instant epochMillis(String key) {
    JsonFields member = field(key);
    return member.value == null ? null : Instant.ofEpochMilli(member.wholeNumber(0));
  }

  /** This value as text, numbers and booleans as written; null when absent. */
  public String text() {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw new JitsiException("Expected text but found " + value);
  }

  /** Whether this value is JSON true or the string "true"; JaaS sends flags both ways. */
  public boolean isTrue() {
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /** This value as a whole number, or {@code fallback} when absent. */
  public long wholeNumber(long fallback) {
    if (value == null) {
      return fallback;
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    try {
      return Long.parseLong(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new JitsiException("Expected a number but found " + value, e);
    }
  }

  /** The elements of this array, each as a view; empty when this is not an array. */
  public List<JsonFields> elements() {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(JsonFields::new).toList();
  }

  /** The elements of the array member {@code key}, each converted. */
  public <T> List<T> elements(String key, Function<JsonFields, T> converter) {
    return field(key).elements().stream().map(converter).toList();
  }

  /** The members of this object in their original order, each converted. */
  public <T> Map<String, T> members(Function<JsonFields, T> converter) {
    Map<String, T> members = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, member) ->
              members.put(String.valueOf(key), converter.apply(new JsonFields(member))));
    }
    return Collections.unmodifiableMap(members);
  }

  /** The underlying value as an unmodifiable tree of maps, lists and scalars. */
  public Object frozen() {
    return freeze(value);
  }

  private static Object freeze(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, member) -> copy.put(String.valueOf(key), freeze(member)));
      return Collections.unmodifiableMap(copy);
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(element -> copy.add(freeze(element)));
      return Collections.unmodifiableList(copy);
    }
    return node;
  }
}

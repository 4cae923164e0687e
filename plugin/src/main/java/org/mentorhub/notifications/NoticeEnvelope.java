package org.mentorhub.notifications;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.mentorhub.platform.events.MemberNotice;

/**
 * The JSON a host receives, {@code {id, type, occurredAt, recipientId, data}}; the email channel
 * keeps the same document and renders its data into a template.
 */
public final class NoticeEnvelope {

  private NoticeEnvelope() {}

  static String json(String eventId, MemberNotice notice) {
    return Json.createObjectBuilder()
        .add("id", eventId)
        .add("type", notice.type().name())
        .add("occurredAt", notice.occurredAt().toString())
        .add("recipientId", notice.recipientId())
        .add("data", object(new TreeMap<>(notice.data())))
        .build()
        .toString();
  }

  /**
   * The envelope with an erased member taken out of its data: every value that is the member's id
   * becomes the pseudonym, and the name beside it ({@code menteeId} → {@code menteeName}) becomes
   * null. Notices to other members keep their meaning ("a request you received") without saying who
   * the erased member was.
   */
  static String withoutMember(String body, String memberId, String pseudonym) {
    JsonObject envelope;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      envelope = reader.readObject();
    }
    JsonObject data = envelope.getJsonObject("data");
    if (data == null) {
      return body;
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    data.forEach(
        (key, value) -> {
          if (value instanceof JsonString s
              && s.getString().equals(memberId)
              && key.endsWith("Id")) {
            names.add(key.substring(0, key.length() - 2) + "Name");
          }
        });
    JsonObjectBuilder cleaned = Json.createObjectBuilder();
    data.forEach(
        (key, value) -> {
          if (names.contains(key)) {
            cleaned.add(key, JsonValue.NULL);
          } else if (value instanceof JsonString s && s.getString().equals(memberId)) {
            cleaned.add(key, pseudonym);
          } else {
            cleaned.add(key, value);
          }
        });
    return Json.createObjectBuilder(envelope).add("data", cleaned).build().toString();
  }

  /** The data of a stored envelope as display strings, for templates. */
  static Map<String, String> dataAsText(String body) {
    Map<String, String> values = new LinkedHashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject data = reader.readObject().getJsonObject("data");
      if (data != null) {
        data.forEach(
            (key, value) ->
                values.put(
                    key,
                    value instanceof JsonString s
                        ? s.getString()
                        : value == JsonValue.NULL ? "" : value.toString()));
      }
    }
    return values;
  }

  private static JsonObject object(Map<?, ?> map) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    map.forEach((k, v) -> builder.add(String.valueOf(k), value(v)));
    return builder.build();
  }

  private static JsonValue value(Object v) {
    if (v == null) {
      return JsonValue.NULL;
    }
    if (v instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return Json.createValue(((Number) v).longValue());
    }
    if (v instanceof BigInteger i) {
      return Json.createValue(i);
    }
    if (v instanceof BigDecimal d) {
      return Json.createValue(d);
    }
    if (v instanceof Number n) {
      return Json.createValue(n.doubleValue());
    }
    if (v instanceof Map<?, ?> m) {
      return object(m);
    }
    if (v instanceof Collection<?> c) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      c.forEach(item -> array.add(value(item)));
      return array.build();
    }
    if (v instanceof Instant i) {
      return Json.createValue(i.toString());
    }
    return Json.createValue(String.valueOf(v));
  }
}

package org.mentorhub.directory;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A profile's list of tags (industries, expertise, language codes) as the one column that holds it:
 * a JSON array of strings in the order the member gave, {@code []} when empty.
 *
 * <p>The tags live in the profile's row rather than one row per tag: a profile is read and written
 * whole, search and facets run on the index, and a bulk import of a million mentors wrote nine rows
 * per mentor where it now writes two (the per-row cost of inserting, checking the foreign key and
 * committing them was a third of an H2 import). JSON keeps the column readable in SQL and lets any
 * tag text through unchanged, where a separator character would need escaping rules of our own.
 */
public final class TagColumn {

  /** What an empty list is stored as (also the column default). */
  public static final String EMPTY = "[]";

  // Looked up once: JsonProvider.provider() searches the class path on every call.
  private static final JsonProvider JSON = JsonProvider.provider();

  private TagColumn() {}

  /** The column value for these tags. */
  public static String write(List<String> tags) {
    if (tags == null || tags.isEmpty()) {
      return EMPTY;
    }
    StringWriter out = new StringWriter(16 * tags.size());
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (String tag : tags) {
        json.write(tag);
      }
      json.writeEnd();
    }
    return out.toString();
  }

  /** The tags a column value holds; SQL NULL reads as no tags. */
  public static List<String> read(String column) {
    if (column == null || column.isBlank() || EMPTY.equals(column)) {
      return List.of();
    }
    List<String> tags = new ArrayList<>(4);
    try (JsonParser json = JSON.createParser(new StringReader(column))) {
      if (json.next() != JsonParser.Event.START_ARRAY) {
        throw new IllegalStateException("A tag column holds no JSON array: " + column);
      }
      JsonParser.Event event;
      while ((event = json.next()) == JsonParser.Event.VALUE_STRING) {
        tags.add(json.getString());
      }
      if (event != JsonParser.Event.END_ARRAY) {
        throw new IllegalStateException("A tag column holds more than strings: " + column);
      }
    } catch (JsonException e) {
      throw new IllegalStateException("A tag column holds malformed JSON: " + column, e);
    }
    return List.copyOf(tags);
  }
}

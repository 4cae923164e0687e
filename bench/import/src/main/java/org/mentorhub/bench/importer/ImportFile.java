package org.mentorhub.bench.importer;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mentorhub.demo.CommunityGenerator;
import org.mentorhub.demo.CommunityGenerator.GeneratedMentor;

/**
 * Writes generated mentors as an import file: one {@code PUT /mentors/me} body plus id and email a
 * line. Every {@code badEvery}-th line has an unknown country, so rejection is exercised too.
 */
final class ImportFile {

  private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

  private ImportFile() {}

  /** Writes {@code lines} lines; returns how many of them are valid. */
  static long write(Path file, int lines, long seed, int badEvery) throws IOException {
    CommunityGenerator generator = new CommunityGenerator(seed);
    long valid = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= lines; i++) {
        boolean bad = badEvery > 0 && i % badEvery == 0;
        out.write(line(generator.mentor(i), bad));
        out.write('\n');
        if (!bad) {
          valid++;
        }
      }
    }
    return valid;
  }

  static String line(GeneratedMentor m, boolean bad) {
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject()
          .write("id", m.id())
          .write("name", m.name())
          .write("email", m.email())
          .write("headline", m.headline())
          .write("bio", m.bio());
      array(json, "industries", m.industries());
      array(json, "expertise", m.expertise());
      array(json, "languages", m.languages());
      json.write("country", bad ? "XX" : m.country())
          .write("timezone", m.timezone())
          .write("stage", m.stage())
          .write("yearsInBusiness", m.yearsInBusiness())
          .write("maxMentees", m.maxMentees())
          .write("accepting", m.accepting())
          .writeEnd();
    }
    return text.toString();
  }

  private static void array(JsonGenerator json, String name, List<String> values) {
    json.writeStartArray(name);
    values.forEach(json::write);
    json.writeEnd();
  }
}

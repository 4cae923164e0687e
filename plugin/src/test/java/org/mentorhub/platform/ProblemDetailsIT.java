package org.mentorhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.testing.ProblemAssertions.assertProblem;
import static org.mentorhub.testing.ProblemAssertions.fields;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/**
 * Bad input of every kind gets a clear 4xx problem document naming what was wrong, and changes
 * nothing; a write based on a stale version is refused with 409.
 */
@ExtendWith(ArquillianExtension.class)
class ProblemDetailsIT {

  private static final String VALID =
      """
      {"name": "Ama Mensah", "headline": "Logistics for small exporters",
       "expertise": ["Export"], "languages": ["en"], "country": "GH",
       "timezone": "Africa/Accra"}
      """;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api;
  private String mentor;

  @BeforeEach
  void publishProfile() {
    api = new Api(base);
    mentor = TestTokens.member("problem-mentor", "member", "mentor");
    Api.Reply saved = api.put("api/v1/mentors/me", mentor, VALID);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
  }

  @Test
  void malformedJsonIs400AndChangesNothing() {
    Api.Reply reply = api.put("api/v1/mentors/me", mentor, "{\"name\": \"Broken\",");
    assertProblem(reply, 400);
    assertThat(fields(reply)).containsExactly("body");
    assertUnchanged();
  }

  @Test
  void wrongTypeNamesTheField() {
    Api.Reply reply =
        api.put(
            "api/v1/mentors/me",
            mentor,
            VALID.replace("\"country\"", "\"maxMentees\": \"three\", \"country\""));
    assertProblem(reply, 400);
    assertThat(fields(reply)).containsExactly("maxMentees");
    assertUnchanged();
  }

  @Test
  void everyInvalidFieldIsNamed() {
    Api.Reply reply =
        api.put(
            "api/v1/mentors/me",
            mentor,
            """
            {"name": " ", "headline": "Fine", "expertise": [], "languages": ["en", "xx"],
             "country": "Atlantis", "timezone": "Mars/Olympus", "stage": "unicorn",
             "maxMentees": 0}
            """);
    assertProblem(reply, 400);
    assertThat(fields(reply))
        .containsExactlyInAnyOrder(
            "name", "expertise", "languages[1]", "country", "timezone", "stage", "maxMentees");
    assertUnchanged();
  }

  @Test
  void emptyBodyIs400() {
    assertProblem(api.put("api/v1/mentors/me", mentor, ""), 400);
  }

  @Test
  void oversizedBodyIs413() {
    String huge = VALID.replace("\"Ama Mensah\"", "\"" + "A".repeat(70_000) + "\"");
    assertProblem(api.put("api/v1/mentors/me", mentor, huge), 413);
    assertUnchanged();
  }

  @Test
  void wrongMediaTypeIs415() {
    Api.Reply reply = api.send("PUT", "api/v1/mentors/me", mentor, "text/plain", VALID, Map.of());
    assertProblem(reply, 415);
  }

  @Test
  void unknownPathAndUnknownMentorAre404() {
    assertProblem(api.get("api/v1/no-such-thing", mentor), 404);
    Api.Reply unknown = api.get("api/v1/mentors/nobody-at-all", mentor);
    assertProblem(unknown, 404);
    assertThat(unknown.json().getString("detail")).contains("nobody-at-all");
  }

  @Test
  void staleVersionIs409AndCurrentVersionSucceeds() {
    long current = api.get("api/v1/mentors/me", mentor).json().getJsonNumber("version").longValue();
    String update = VALID.replace("\"Africa/Accra\"", "\"Africa/Accra\", \"version\": %d");

    Api.Reply stale = api.put("api/v1/mentors/me", mentor, update.formatted(current - 1));
    assertProblem(stale, 409);
    assertThat(stale.json().getString("detail")).contains("changed by someone else");

    Api.Reply fresh =
        api.put(
            "api/v1/mentors/me",
            mentor,
            update.formatted(current).replace("Logistics for small exporters", "Export logistics"));
    assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
    assertThat(fresh.json().getJsonNumber("version").longValue()).isGreaterThan(current);

    assertProblem(api.put("api/v1/mentors/me", mentor, update.formatted(current)), 409);
  }

  private void assertUnchanged() {
    JsonObject profile = api.get("api/v1/mentors/me", mentor).json();
    assertThat(profile.getString("name")).isEqualTo("Ama Mensah");
    assertThat(profile.getInt("maxMentees")).isEqualTo(3);
  }
}

package org.mentorhub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;

/**
 * The path a new community walks first, run once on PostgreSQL and once on embedded H2: the server
 * is ready, a dev token works, a mentor publishes a profile and a member reads it.
 */
@ExtendWith(ArquillianExtension.class)
class ApiSmokeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void mentorPublishesProfileAndMemberReadsIt() {
    Api api = new Api(base);
    assertThat(api.get("/health/ready", null).body()).contains("\"status\":\"UP\"");

    String mentorId = "smoke-" + UUID.randomUUID();
    String mentor = devToken(api, mentorId, "Grace Okafor", "[\"member\",\"mentor\"]");
    String member = devToken(api, "reader-" + UUID.randomUUID(), "Li Wei", "[\"member\"]");

    JsonObject me = api.get("api/v1/me", mentor).json();
    assertThat(me.getString("id")).isEqualTo(mentorId);
    assertThat(me.getString("name")).isEqualTo("Grace Okafor");
    assertThat(me.getJsonArray("roles").toString()).contains("mentor");
    assertThat(me.getString("calendarFeedUrl")).startsWith(api.base().toString() + "calendar/");

    Api.Reply saved =
        api.put(
            "api/v1/mentors/me",
            mentor,
            """
            {"name": "Grace Okafor", "headline": "Grew a bakery to three shops",
             "bio": "Twenty years in food retail.", "industries": ["Food & Beverage"],
             "expertise": ["Pricing", " pricing ", "Cash flow"], "languages": ["en", "IG"],
             "country": "ng", "timezone": "Africa/Lagos", "stage": "growth",
             "yearsInBusiness": 20}
            """);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

    JsonObject read = api.get("api/v1/mentors/" + mentorId, member).json();
    assertThat(read.getString("headline")).isEqualTo("Grew a bakery to three shops");
    assertThat(read.getJsonArray("expertise").toString())
        .as("tags are trimmed and de-duplicated without regard to case")
        .isEqualTo("[\"Pricing\",\"Cash flow\"]");
    assertThat(read.getJsonArray("languages").toString()).isEqualTo("[\"en\",\"ig\"]");
    assertThat(read.getString("country")).isEqualTo("NG");
    assertThat(read.getInt("maxMentees")).as("default capacity").isEqualTo(3);
    assertThat(read.getBoolean("accepting")).isTrue();

    Api.Reply needs =
        api.put(
            "api/v1/mentees/me",
            member,
            """
            {"goals": "Price my catering menu so weekday orders make a profit",
             "industry": "Food & Beverage", "languages": ["en"], "country": "GB",
             "timezone": "Europe/London", "stage": "early"}
            """);
    assertThat(needs.status()).as(needs.toString()).isEqualTo(200);
    assertThat(api.get("api/v1/mentees/me", member).json().getString("stage")).isEqualTo("early");

    assertThat(api.get("/openapi", null).body()).contains("/api/v1/mentors/me");
  }

  static String devToken(Api api, String sub, String name, String groups) {
    Api.Reply reply =
        api.post(
            "dev/token",
            null,
            "{\"sub\":\""
                + sub
                + "\",\"name\":\""
                + name
                + "\",\"email\":\""
                + sub
                + "@example.org\",\"groups\":"
                + groups
                + "}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getString("token");
  }
}

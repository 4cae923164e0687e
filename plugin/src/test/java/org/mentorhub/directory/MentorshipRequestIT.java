package org.mentorhub.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/** Requests over HTTP: a specific ask, one open request per pair, and capacity under races. */
@ExtendWith(ArquillianExtension.class)
class MentorshipRequestIT {

  private static final String ASK =
      "I run a two-person bakery and want to set prices for wholesale cafe orders that cover our real costs.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  private static String mentorProfile(int maxMentees) {
    return """
        {"name": "Request Mentor", "headline": "Pricing for food businesses", "expertise": ["Pricing"],
         "languages": ["en"], "country": "GB", "timezone": "Europe/London", "maxMentees": %d}
        """
        .formatted(maxMentees);
  }

  private static String request(String mentorId, String ask) {
    return "{\"mentorId\":\"" + mentorId + "\",\"ask\":\"" + ask + "\",\"offer\":\"Fresh bread\"}";
  }

  @Test
  void menteeAsksMentorAcceptsAndRulesHold() {
    Api api = new Api(base);
    String mentor = TestTokens.member("req-mentor", "member", "mentor");
    String mentee = TestTokens.member("req-mentee", "member");
    String other = TestTokens.member("req-other", "member");
    assertThat(api.put("api/v1/mentors/me", mentor, mentorProfile(3)).status()).isEqualTo(200);

    Api.Reply vague =
        api.post(
            "api/v1/mentorship-requests", mentee, request("req-mentor", "Can I pick your brain?"));
    assertThat(vague.status()).isEqualTo(400);
    assertThat(vague.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("ask");

    assertThat(api.post("api/v1/mentorship-requests", mentee, request("nobody", ASK)).status())
        .isEqualTo(404);
    assertThat(api.post("api/v1/mentorship-requests", mentor, request("req-mentor", ASK)).status())
        .isEqualTo(400);

    Api.Reply created = api.post("api/v1/mentorship-requests", mentee, request("req-mentor", ASK));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("PENDING");
    String id = created.json().getString("id");

    assertThat(api.post("api/v1/mentorship-requests", mentee, request("req-mentor", ASK)).status())
        .as("one open request per pair")
        .isEqualTo(409);
    assertThat(api.get("api/v1/mentorship-requests/" + id, other).status())
        .as("strangers")
        .isEqualTo(404);
    assertThat(api.post("api/v1/mentorship-requests/" + id + "/accept", mentee, null).status())
        .as("a mentee cannot accept")
        .isEqualTo(403);

    JsonObject accepted =
        api.post("api/v1/mentorship-requests/" + id + "/accept", mentor, "{}").json();
    assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
    assertThat(api.post("api/v1/mentorship-requests/" + id + "/withdraw", mentee, null).status())
        .isEqualTo(409);

    assertThat(api.get("api/v1/mentorship-requests?role=mentor", mentor).jsonArray()).hasSize(1);
    assertThat(
            api.get("api/v1/mentorship-requests", mentee)
                .jsonArray()
                .getJsonObject(0)
                .getString("status"))
        .isEqualTo("ACCEPTED");
    assertThat(api.get("api/v1/mentorship-requests?role=boss", mentee).status()).isEqualTo(400);
  }

  @Test
  void aMenteeMayHaveAtMostThreePendingRequests() {
    Api api = new Api(base);
    String mentee = TestTokens.member("req-busy-mentee", "member");
    for (int i = 1; i <= 4; i++) {
      String mentor = TestTokens.member("req-busy-mentor-" + i, "member", "mentor");
      assertThat(api.put("api/v1/mentors/me", mentor, mentorProfile(3)).status()).isEqualTo(200);
      int status =
          api.post("api/v1/mentorship-requests", mentee, request("req-busy-mentor-" + i, ASK))
              .status();
      assertThat(status).as("request %d", i).isEqualTo(i <= 3 ? 201 : 409);
    }
    String first =
        api.get("api/v1/mentorship-requests", mentee).jsonArray().getJsonObject(2).getString("id");
    assertThat(
            api.post("api/v1/mentorship-requests/" + first + "/withdraw", mentee, null)
                .json()
                .getString("status"))
        .isEqualTo("WITHDRAWN");
    assertThat(
            api.post("api/v1/mentorship-requests", mentee, request("req-busy-mentor-4", ASK))
                .status())
        .isEqualTo(201);
  }

  @Test
  void concurrentAcceptsNeverExceedCapacityAndStopAcceptingHidesTheFullMentor() throws Exception {
    Api api = new Api(base);
    String mentor = TestTokens.member("req-popular", "member", "mentor");
    assertThat(api.put("api/v1/mentors/me", mentor, mentorProfile(2)).status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String mentee = TestTokens.member("req-fan-" + i, "member");
      ids.add(
          api.post("api/v1/mentorship-requests", mentee, request("req-popular", ASK))
              .json()
              .getString("id"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (String id : ids) {
      Callable<Integer> accept =
          () -> api.post("api/v1/mentorship-requests/" + id + "/accept", mentor, "{}").status();
      statuses.add(pool.submit(accept));
    }
    int ok = 0;
    try {
      for (Future<Integer> status : statuses) {
        int s = status.get();
        assertThat(s).isIn(200, 409);
        ok += s == 200 ? 1 : 0;
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ok).as("accepted never beyond maxMentees").isEqualTo(2);
  }
}

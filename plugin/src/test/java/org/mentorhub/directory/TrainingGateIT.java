package org.mentorhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.content.LessonStep;
import org.mentorhub.content.Option;
import org.mentorhub.content.QuizStep;
import org.mentorhub.content.ReflectionStep;
import org.mentorhub.content.Step;
import org.mentorhub.content.Track;
import org.mentorhub.content.TrackCatalog;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/**
 * With the default gate on, a mentor appears in the directory only once they complete the
 * mentoring-foundations track, and the moment they do. Runs on the H2 server, where the gate is on.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingGateIT {

  private static final Track FOUNDATIONS =
      TrackCatalog.fromClasspath().track("mentoring-foundations").orElseThrow();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aMentorEntersTheDirectoryWhenTheyCompleteTheFoundationsTrack() throws Exception {
    Api api = new Api(base);
    String mentor = TestTokens.member("gate-mentor", "member", "mentor");
    String member = TestTokens.member("gate-reader", "member");
    assertThat(
            api.put(
                    "api/v1/mentors/me",
                    mentor,
                    """
        {"name": "Gate Keeper", "headline": "Untrained so far", "expertise": ["Gatekeeping"],
         "languages": ["en"], "country": "GB", "timezone": "Europe/London"}
        """)
                .status())
        .isEqualTo(200);
    Thread.sleep(1_500);
    assertThat(api.get("api/v1/mentors/search?q=gatekeeping", member).json().getInt("total"))
        .as("not listed before training")
        .isZero();

    assertThat(api.post("api/v1/tracks/mentoring-foundations/enrollment", mentor, null).status())
        .isEqualTo(200);
    for (Step step : FOUNDATIONS.steps()) {
      String path = "api/v1/tracks/mentoring-foundations/steps/" + step.id();
      Api.Reply reply;
      if (step instanceof LessonStep) {
        reply = api.post(path + "/completion", mentor, "{}");
      } else if (step instanceof ReflectionStep) {
        reply =
            api.post(path + "/completion", mentor, "{\"answer\": \"Listen first, then advise.\"}");
      } else if (step instanceof QuizStep quiz) {
        reply = api.post(path + "/quiz-attempts", mentor, rightAnswers(quiz));
      } else {
        throw new AssertionError("unexpected step kind in foundations: " + step);
      }
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                api.get("api/v1/mentors/search?q=gatekeeping", member).json().getInt("total") == 1);
  }

  private static String rightAnswers(QuizStep quiz) {
    return quiz.questions().stream()
        .map(
            q ->
                "\""
                    + q.id()
                    + "\": "
                    + q.options().stream()
                        .filter(Option::correct)
                        .map(o -> "\"" + o.id() + "\"")
                        .collect(Collectors.joining(",", "[", "]")))
        .collect(Collectors.joining(",", "{\"answers\": {", "}}"));
  }
}

package org.mentorhub.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.testing.ProblemAssertions.assertProblem;
import static org.mentorhub.testing.ProblemAssertions.fields;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.content.Option;
import org.mentorhub.content.Question;
import org.mentorhub.content.QuizStep;
import org.mentorhub.content.Track;
import org.mentorhub.content.TrackCatalog;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/**
 * Training over HTTP: a mentor takes mentoring foundations from enrolment to a certificate anyone
 * can verify; prerequisites, hand-completed webinar steps and bad input are refused with problem
 * documents; staff see where members stop.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

  private static final String FOUNDATIONS = "mentoring-foundations";
  private static final Track FOUNDATIONS_CONTENT =
      TrackCatalog.fromClasspath().track(FOUNDATIONS).orElseThrow();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api;
  private String memberId;
  private String member;

  @BeforeEach
  void newMember() {
    api = new Api(base);
    memberId = "trainee-" + UUID.randomUUID();
    member = TestTokens.member(memberId, "member", "mentor");
  }

  @Test
  void mentorTakesFoundationsFromEnrolmentToAVerifiableCertificate() {
    JsonArray tracks = ok(api.get("api/v1/tracks", member)).jsonArray();
    assertThat(tracks.stream().map(t -> t.asJsonObject().getString("slug")))
        .contains("onboarding", FOUNDATIONS, "feedback");

    Api.Reply trackReply = ok(api.get("api/v1/tracks/" + FOUNDATIONS, member));
    assertThat(trackReply.body())
        .as("answers are never sent before an attempt")
        .doesNotContain("\"correct\"")
        .doesNotContain("feedback\":");
    JsonObject track = trackReply.json();
    assertThat(track.getString("audience")).isEqualTo("mentor");
    assertThat(track.getJsonObject("progress").getBoolean("enrolled")).isFalse();
    JsonArray steps = track.getJsonArray("steps");
    JsonObject firstLesson = ofKind(steps, "lesson").get(0);
    assertThat(firstLesson.getString("html")).contains("<p>").doesNotContain("<script");
    JsonObject quiz = ofKind(steps, "quiz").get(0);
    assertThat(quiz.getJsonArray("questions").getJsonObject(0).getJsonArray("options"))
        .allSatisfy(o -> assertThat(o.asJsonObject().keySet()).containsOnly("id", "text"));

    String lessonPath = stepPath(firstLesson.getString("id"));
    assertProblem(api.post(lessonPath + "/completion", member, "{}"), 409);

    JsonObject enrolled =
        ok(api.post("api/v1/tracks/" + FOUNDATIONS + "/enrollment", member, null)).json();
    assertThat(enrolled.getJsonObject("progress").getBoolean("enrolled")).isTrue();

    for (JsonObject lesson : ofKind(steps, "lesson")) {
      ok(api.post(stepPath(lesson.getString("id")) + "/completion", member, "{}"));
    }
    String reflectionPath = stepPath(ofKind(steps, "reflection").get(0).getString("id"));
    Api.Reply blank = api.post(reflectionPath + "/completion", member, "{\"answer\": \"  \"}");
    assertProblem(blank, 400);
    assertThat(fields(blank)).containsExactly("answer");
    for (JsonObject reflection : ofKind(steps, "reflection")) {
      ok(
          api.post(
              stepPath(reflection.getString("id")) + "/completion",
              member,
              "{\"answer\": \"A pricing rule that fit a shop, not my van.\"}"));
    }

    QuizStep quizContent = (QuizStep) FOUNDATIONS_CONTENT.step(quiz.getString("id")).orElseThrow();
    String attempts = stepPath(quizContent.id()) + "/quiz-attempts";
    JsonObject failed = ok(api.post(attempts, member, answers(quizContent, false))).json();
    assertThat(failed.getBoolean("passed")).isFalse();
    assertThat(failed.getInt("score")).isZero();
    Question firstQuestion = quizContent.questions().get(0);
    JsonObject firstFeedback = failed.getJsonArray("feedback").getJsonObject(0);
    assertThat(firstFeedback.getString("questionId")).isEqualTo(firstQuestion.id());
    assertThat(firstFeedback.getBoolean("correct")).isFalse();
    assertThat(firstFeedback.getJsonArray("options").getJsonObject(0).getString("feedback"))
        .isEqualTo(wrongOption(firstQuestion).feedback());
    assertThat(failed.getJsonObject("progress").getBoolean("completed")).isFalse();

    JsonObject passed = ok(api.post(attempts, member, answers(quizContent, true))).json();
    assertThat(passed.getBoolean("passed")).isTrue();
    assertThat(passed.getInt("score")).isEqualTo(100);
    JsonObject progress = passed.getJsonObject("progress");
    assertThat(progress.getBoolean("completed")).isTrue();
    assertThat(progress.getInt("percent")).isEqualTo(100);
    String code = progress.getString("certificateCode");
    JsonObject quizAfter =
        ofKind(
                ok(api.get("api/v1/tracks/" + FOUNDATIONS, member)).json().getJsonArray("steps"),
                "quiz")
            .get(0);
    assertThat(quizAfter.getInt("attempts")).as("every attempt is kept").isEqualTo(2);
    assertThat(quizAfter.getInt("bestScore")).isEqualTo(100);
    assertThat(quizAfter.getBoolean("completed")).isTrue();

    JsonArray mine = ok(api.get("api/v1/me/progress", member)).jsonArray();
    assertThat(mine).hasSize(1);
    assertThat(mine.getJsonObject(0).getJsonObject("progress").getBoolean("completed")).isTrue();

    String certificatePath = "api/v1/tracks/" + FOUNDATIONS + "/certificate";
    Api.Reply page = ok(send("GET", certificatePath, member, null, "text/html"));
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body())
        .contains("Test " + memberId)
        .contains(code)
        .contains("Mentoring foundations");
    Api.Reply pdf = ok(send("GET", certificatePath, member, null, "application/pdf"));
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
    Api.Reply pdfFile = ok(api.get(certificatePath + ".pdf", member));
    assertThat(pdfFile.contentType()).startsWith("application/pdf");

    JsonObject verified = ok(api.get("api/v1/certificates/" + code, null)).json();
    assertThat(verified.getString("memberName")).isEqualTo("Test " + memberId);
    assertThat(verified.getString("trackSlug")).isEqualTo(FOUNDATIONS);
    assertProblem(api.get("api/v1/certificates/MH-0000-0000-0000", null), 404);

    ok(api.post("api/v1/tracks/emotional-intelligence/enrollment", member, null));
  }

  @Test
  void enrollingWithoutItsPrerequisiteIs409NamingTheTrackAndWritesNothing() {
    Api.Reply refused = api.post("api/v1/tracks/feedback/enrollment", member, null);

    assertProblem(refused, 409);
    assertThat(refused.json().getString("detail")).contains("active-listening");
    assertThat(ok(api.get("api/v1/me/progress", member)).jsonArray()).isEmpty();
  }

  @Test
  void webinarAndQuizStepsCannotBeCompletedByHand() {
    ok(api.post("api/v1/tracks/onboarding/enrollment", member, null));

    Api.Reply webinar =
        api.post(
            "api/v1/tracks/onboarding/steps/attend-onboarding-webinar/completion", member, "{}");
    assertProblem(webinar, 409);
    assertThat(webinar.json().getString("detail")).contains("attend");
    assertProblem(
        api.post("api/v1/tracks/onboarding/steps/onboarding-check/completion", member, "{}"), 409);

    JsonObject onboarding = ok(api.get("api/v1/tracks/onboarding", member)).json();
    assertThat(onboarding.getJsonObject("progress").getInt("completedSteps")).isZero();

    Api.Reply lessonWithoutBody =
        api.post("api/v1/tracks/onboarding/steps/how-the-community-works/completion", member, null);
    assertThat(lessonWithoutBody.status()).as(lessonWithoutBody.toString()).isEqualTo(200);
    Api.Reply malformed =
        api.post(
            "api/v1/tracks/onboarding/steps/why-you-joined/completion", member, "{\"answer\": ");
    assertProblem(malformed, 400);
  }

  @Test
  void unknownTracksAndStepsAre404AndBadAnswersAre400NamingTheField() {
    assertProblem(api.get("api/v1/tracks/no-such-track", member), 404);
    assertProblem(api.post("api/v1/tracks/no-such-track/enrollment", member, null), 404);
    assertProblem(api.post(stepPath("no-such-step") + "/completion", member, "{}"), 404);
    String lessonAttempts = stepPath("what-a-mentor-is-for") + "/quiz-attempts";
    assertProblem(api.post(lessonAttempts, member, "{\"answers\": {}}"), 404);

    ok(api.post("api/v1/tracks/" + FOUNDATIONS + "/enrollment", member, null));
    String attempts = stepPath("foundations-check") + "/quiz-attempts";

    Api.Reply unknownQuestion =
        api.post(attempts, member, "{\"answers\": {\"no-such-question\": [\"a\"]}}");
    assertProblem(unknownQuestion, 400);
    assertThat(fields(unknownQuestion)).containsExactly("answers.no-such-question");

    Api.Reply unknownOption =
        api.post(attempts, member, "{\"answers\": {\"pick-your-brain\": [\"z\"]}}");
    assertProblem(unknownOption, 400);
    assertThat(fields(unknownOption)).containsExactly("answers.pick-your-brain");

    Api.Reply missing = api.post(attempts, member, "{}");
    assertProblem(missing, 400);
    assertThat(fields(missing)).containsExactly("answers");

    assertProblem(api.post(attempts, member, "{\"answers\": "), 400);

    JsonObject track = ok(api.get("api/v1/tracks/" + FOUNDATIONS, member)).json();
    assertThat(track.getJsonObject("progress").getInt("completedSteps")).isZero();
    assertProblem(api.get("api/v1/tracks/" + FOUNDATIONS + "/certificate", member), 409);
  }

  @Test
  void anonymousCallersGet401AndOnlyAdminsSeeInsightsAsJsonAndCsv() {
    assertThat(api.get("/openapi", null).body())
        .contains("/api/v1/tracks/{slug}/steps/{stepId}/quiz-attempts")
        .contains("/api/v1/certificates/{code}");
    assertProblem(api.get("api/v1/tracks", null), 401);
    assertProblem(api.get("api/v1/me/progress", null), 401);
    assertProblem(api.get("api/v1/admin/insights/training", member), 403);

    ok(api.post("api/v1/tracks/active-listening/enrollment", member, null));
    ok(
        api.post(
            "api/v1/tracks/active-listening/steps/listening-to-understand/completion",
            member,
            "{}"));

    String admin = TestTokens.member("training-admin", "member", "admin");
    JsonObject insights = ok(api.get("api/v1/admin/insights/training", admin)).json();
    JsonObject listening =
        insights.getJsonArray("tracks").stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("slug").equals("active-listening"))
            .findFirst()
            .orElseThrow();
    assertThat(listening.getJsonNumber("enrolled").longValue()).isPositive();
    assertThat(
            listening.getJsonArray("steps").getJsonObject(0).getJsonNumber("completed").longValue())
        .isPositive();

    Api.Reply csv = ok(send("GET", "api/v1/admin/insights/training", admin, null, "text/csv"));
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith(TrainingInsightsCsv.HEADER)
        .contains("active-listening,Active listening,listening-to-understand,lesson,");
  }

  private Api.Reply send(String method, String path, String token, String body, String accept) {
    return api.send(
        method,
        path,
        token,
        body == null ? null : "application/json",
        body,
        Map.of("Accept", accept));
  }

  private static String stepPath(String stepId) {
    return "api/v1/tracks/" + FOUNDATIONS + "/steps/" + stepId;
  }

  private static List<JsonObject> ofKind(JsonArray steps, String kind) {
    return steps.stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("kind").equals(kind))
        .toList();
  }

  /** Every question answered right, or every question with one wrong option. */
  private static String answers(QuizStep quiz, boolean right) {
    return quiz.questions().stream()
        .map(
            q ->
                "\""
                    + q.id()
                    + "\": ["
                    + (right
                        ? q.options().stream()
                            .filter(Option::correct)
                            .map(o -> "\"" + o.id() + "\"")
                            .collect(Collectors.joining(", "))
                        : "\"" + wrongOption(q).id() + "\"")
                    + "]")
        .collect(Collectors.joining(", ", "{\"answers\": {", "}}"));
  }

  private static Option wrongOption(Question question) {
    return question.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
  }

  private static Api.Reply ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply;
  }
}

package org.mentorhub.mentorships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorhub.testing.ProblemAssertions.assertProblem;
import static org.mentorhub.testing.ProblemAssertions.fields;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/**
 * Mentorships over HTTP: an accepted request starts one, only its two members and admins see it,
 * ending frees the seat, SMART goals with celebrated wins, check-ins with carried-over next steps,
 * surveys falling due, programmes with re-engagement, and the insights counting exactly that.
 */
@ExtendWith(ArquillianExtension.class)
class MentorshipsIT {

  private static final String ASK =
      "I run a two-person bakery and want to set prices for wholesale cafe orders that cover our real costs.";
  private static final String ADMIN = TestTokens.member("ms-admin", "member", "admin");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  private static String today(int plusDays) {
    return LocalDate.now(ZoneOffset.UTC).plusDays(plusDays).toString();
  }

  private static String mentorProfile(String name, int maxMentees, boolean accepting) {
    return """
        {"name": "%s", "headline": "Pricing for food businesses", "expertise": ["Pricing"],
         "languages": ["en"], "country": "GB", "timezone": "Europe/London", "maxMentees": %d,
         "accepting": %s}
        """
        .formatted(name, maxMentees, accepting);
  }

  /** A mentor (with a profile) and a mentee whose accepted request started a mentorship. */
  private record Pair(String mentor, String mentee, String mentorId, String menteeId, String id) {}

  private Pair pair(Api api, String prefix) {
    String mentorId = prefix + "-mentor";
    String menteeId = prefix + "-mentee";
    String mentor = TestTokens.member(mentorId, "member", "mentor");
    String mentee = TestTokens.member(menteeId, "member");
    assertThat(api.put("api/v1/mentors/me", mentor, mentorProfile(prefix, 3, true)).status())
        .isEqualTo(200);
    String request = request(api, mentee, mentorId);
    Api.Reply accepted =
        api.post("api/v1/mentorship-requests/" + request + "/accept", mentor, "{}");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    JsonArray mine = api.get("api/v1/mentorships", mentee).jsonArray();
    assertThat(mine).hasSize(1);
    return new Pair(mentor, mentee, mentorId, menteeId, mine.getJsonObject(0).getString("id"));
  }

  private static String request(Api api, String mentee, String mentorId) {
    Api.Reply created =
        api.post(
            "api/v1/mentorship-requests",
            mentee,
            "{\"mentorId\":\"" + mentorId + "\",\"ask\":\"" + ASK + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static int searchTotal(Api api, String token, String q) {
    return api.get("api/v1/mentors/search?q=" + q, token).json().getInt("total");
  }

  @Test
  void anAcceptedRequestStartsAMentorshipAndEndingItFreesTheSeat() {
    Api api = new Api(base);
    String mentor = TestTokens.member("ms-seat-mentor", "member", "mentor");
    String first = TestTokens.member("ms-seat-first", "member");
    String second = TestTokens.member("ms-seat-second", "member");
    String stranger = TestTokens.member("ms-seat-stranger", "member");
    assertThat(
            api.put("api/v1/mentors/me", mentor, mentorProfile("Quillfeather Seat", 1, true))
                .status())
        .isEqualTo(200);
    String r1 = request(api, first, "ms-seat-mentor");
    String r2 = request(api, second, "ms-seat-mentor");
    assertThat(api.post("api/v1/mentorship-requests/" + r1 + "/accept", mentor, "{}").status())
        .isEqualTo(200);

    JsonObject asMentor = api.get("api/v1/mentorships", mentor).jsonArray().getJsonObject(0);
    String id = asMentor.getString("id");
    assertThat(asMentor.getString("status")).isEqualTo("ACTIVE");
    assertThat(asMentor.getString("myRole")).isEqualTo("MENTOR");
    assertThat(asMentor.getString("menteeId")).isEqualTo("ms-seat-first");
    JsonObject asMentee = api.get("api/v1/mentorships/" + id, first).json();
    assertThat(asMentee.getString("myRole")).isEqualTo("MENTEE");
    assertThat(asMentee.getJsonObject("checkIns").getInt("cadenceDays")).isEqualTo(14);
    assertThat(asMentee.getJsonObject("checkIns").getBoolean("overdue")).isFalse();
    assertThat(asMentee.getJsonObject("checkIns").getString("nextCheckInDue")).isEqualTo(today(14));
    assertProblem(api.get("api/v1/mentorships/" + id, stranger), 404);
    assertProblem(api.get("api/v1/mentorships/nope", first), 404);
    assertProblem(api.get("api/v1/mentorships/" + id, null), 401);
    assertThat(api.get("api/v1/mentorships/" + id, ADMIN).status()).isEqualTo(200);
    assertThat(api.get("api/v1/mentorships", stranger).jsonArray()).isEmpty();
    assertProblem(api.post("api/v1/mentorships/" + id + "/pause", stranger, null), 404);
    assertProblem(api.post("api/v1/mentorships/" + id + "/pause", ADMIN, null), 403);

    // The one seat is taken: a second accept fails, and closed to requests the mentor leaves
    // search.
    assertProblem(api.post("api/v1/mentorship-requests/" + r2 + "/accept", mentor, "{}"), 409);
    assertThat(
            api.put("api/v1/mentors/me", mentor, mentorProfile("Quillfeather Seat", 1, false))
                .status())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> searchTotal(api, stranger, "quillfeather") == 0);

    // Pausing keeps the seat; ending with a reason frees it in search at once.
    assertThat(
            api.post("api/v1/mentorships/" + id + "/pause", first, null).json().getString("status"))
        .isEqualTo("PAUSED");
    assertProblem(api.post("api/v1/mentorship-requests/" + r2 + "/accept", mentor, "{}"), 409);
    assertThat(
            api.post("api/v1/mentorships/" + id + "/resume", mentor, null)
                .json()
                .getString("status"))
        .isEqualTo("ACTIVE");
    Api.Reply noReason = api.post("api/v1/mentorships/" + id + "/end", first, "{}");
    assertProblem(noReason, 400);
    assertThat(fields(noReason)).containsExactly("reason");
    assertThat(api.get("api/v1/mentorships/" + id, first).json().getString("status"))
        .isEqualTo("ACTIVE");
    JsonObject ended =
        api.post(
                "api/v1/mentorships/" + id + "/end",
                first,
                "{\"reason\":\"I am closing the shop for the winter.\"}")
            .json();
    assertThat(ended.getString("status")).isEqualTo("ENDED_EARLY");
    assertThat(ended.getString("endReason")).isEqualTo("I am closing the shop for the winter.");
    assertProblem(api.post("api/v1/mentorships/" + id + "/complete", mentor, "{}"), 409);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> searchTotal(api, stranger, "quillfeather") == 1);
    assertThat(api.post("api/v1/mentorship-requests/" + r2 + "/accept", mentor, "{}").status())
        .as("the freed seat can be taken")
        .isEqualTo(200);
    assertThat(api.get("api/v1/mentorships", mentor).jsonArray()).hasSize(2);
  }

  @Test
  void smartGoalsProgressAndCelebratedWins() {
    Api api = new Api(base);
    Pair p = pair(api, "ms-goal");
    String goals = "api/v1/mentorships/" + p.id() + "/goals";

    Api.Reply vague = api.post(goals, p.mentee(), "{\"statement\":\"Grow the business\"}");
    assertProblem(vague, 400);
    assertThat(fields(vague)).contains("measure", "targetDate");
    assertThat(vague.body()).contains("which number means done").contains("by when");
    Api.Reply badMeasure =
        api.post(
            goals,
            p.mentee(),
            """
            {"statement": "Win repeat wholesale orders from cafes", "targetDate": "%s",
             "measure": {"name": "repeat orders a month", "unit": "orders"},
             "milestones": [{"title": "Price list sent", "dueDate": "%s"}]}
            """
                .formatted(today(60), today(90)));
    assertProblem(badMeasure, 400);
    assertThat(fields(badMeasure)).containsExactly("measure.target");
    Api.Reply lateMilestone =
        api.post(
            goals,
            p.mentee(),
            """
            {"statement": "Win repeat wholesale orders from cafes", "targetDate": "%s",
             "measure": {"name": "repeat orders a month", "unit": "orders", "target": 12},
             "milestones": [{"title": "Price list sent", "dueDate": "%s"}]}
            """
                .formatted(today(60), today(90)));
    assertProblem(lateMilestone, 400);
    assertThat(fields(lateMilestone)).containsExactly("milestones[0].dueDate");
    assertThat(api.get("api/v1/mentorships/" + p.id(), p.mentee()).json().getJsonArray("goals"))
        .as("nothing stored")
        .isEmpty();

    String goal =
        """
        {"statement": "Win repeat wholesale orders from cafes", "why": "Steadier weekday income",
         "targetDate": "%s",
         "measure": {"name": "repeat orders a month", "unit": "orders", "target": 12, "baseline": 2},
         "milestones": [{"title": "Price list sent to five cafes", "dueDate": "%s"}]}
        """
            .formatted(today(60), today(20));
    assertProblem(api.post(goals, TestTokens.member("ms-goal-stranger", "member"), goal), 404);
    assertProblem(api.post(goals, ADMIN, goal), 403);
    assertProblem(api.post(goals, null, goal), 401);
    Api.Reply created = api.post(goals, p.mentee(), goal);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject g = created.json();
    String goalId = g.getString("id");
    assertThat(g.getJsonObject("measure").getJsonNumber("target").intValue()).isEqualTo(12);
    assertThat(g.getString("status")).isEqualTo("OPEN");
    String milestoneId = g.getJsonArray("milestones").getJsonObject(0).getString("id");

    String progress = goals + "/" + goalId + "/progress";
    assertProblem(api.post(progress, p.mentor(), "{\"note\":\"no value\"}"), 400);
    assertProblem(api.post(goals + "/nope/progress", p.mentor(), "{\"value\":3}"), 404);
    JsonObject partway =
        api.post(progress, p.mentor(), "{\"value\":7,\"note\":\"Two new cafes\"}").json();
    assertThat(partway.containsKey("achievement")).as("nothing to celebrate yet").isFalse();
    assertThat(
            api.post(
                    goals + "/" + goalId + "/milestones/" + milestoneId + "/reached",
                    p.mentee(),
                    null)
                .json()
                .getString("kind"))
        .isEqualTo("MILESTONE");
    JsonObject reached = api.post(progress, p.mentee(), "{\"value\":12}").json();
    assertThat(reached.getJsonObject("achievement").getString("kind")).isEqualTo("GOAL");
    assertThat(reached.getJsonObject("goal").getString("status")).isEqualTo("ACHIEVED");

    for (String side : new String[] {p.mentor(), p.mentee()}) {
      JsonObject view = api.get("api/v1/mentorships/" + p.id(), side).json();
      assertThat(view.getJsonArray("achievements")).hasSize(2);
      assertThat(view.getJsonArray("achievements").getJsonObject(0).getString("title"))
          .startsWith("Goal reached");
      assertThat(view.getJsonArray("goals").getJsonObject(0).getJsonArray("progress")).hasSize(2);
    }
  }

  @Test
  void checkInsCarryOpenNextStepsOverUntilDone() {
    Api api = new Api(base);
    Pair p = pair(api, "ms-check");
    String checkIns = "api/v1/mentorships/" + p.id() + "/check-ins";
    Api.Reply bad =
        api.post(
            checkIns,
            p.mentor(),
            """
            {"date": "%s", "minutes": 0, "discussed": "Prices",
             "nextSteps": [{"text": "Send the list", "owner": "BOTH"}]}
            """
                .formatted(today(0)));
    assertProblem(bad, 400);
    assertThat(fields(bad)).containsExactly("minutes", "nextSteps[0].owner");
    assertProblem(
        api.post(
            checkIns,
            p.mentor(),
            "{\"date\":\"" + today(9) + "\",\"minutes\":30,\"discussed\":\"Future\"}"),
        400);
    assertThat(api.get("api/v1/mentorships/" + p.id(), p.mentor()).json().getJsonArray("history"))
        .isEmpty();

    Api.Reply first =
        api.post(
            checkIns,
            p.mentor(),
            """
            {"date": "%s", "minutes": 45, "discussed": "Walked through the pricing sheet.",
             "nextSteps": [{"text": "Send the price list to three cafes", "owner": "MENTEE",
                            "dueDate": "%s"},
                           {"text": "Introduce a supplier", "owner": "MENTOR"}]}
            """
                .formatted(today(0), today(7)));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    JsonArray steps = first.json().getJsonArray("nextSteps");
    String stepId = steps.getJsonObject(0).getString("id");
    assertThat(
            api.post(
                    "api/v1/mentorships/" + p.id() + "/next-steps/" + stepId + "/done",
                    p.mentee(),
                    null)
                .json()
                .containsKey("doneAt"))
        .isTrue();
    assertProblem(
        api.post(
            "api/v1/mentorships/" + p.id() + "/next-steps/" + stepId + "/done", p.mentee(), null),
        409);
    assertProblem(
        api.post("api/v1/mentorships/" + p.id() + "/next-steps/nope/done", p.mentee(), null), 404);
    assertThat(
            api.post(
                    checkIns,
                    p.mentee(),
                    "{\"date\":\"" + today(0) + "\",\"minutes\":30,\"discussed\":\"Quick call.\"}")
                .status())
        .isEqualTo(201);

    Api.Reply cadence =
        api.put("api/v1/mentorships/" + p.id() + "/cadence", p.mentee(), "{\"days\":7}");
    assertThat(cadence.status()).as(cadence.toString()).isEqualTo(200);
    assertProblem(
        api.put("api/v1/mentorships/" + p.id() + "/cadence", p.mentee(), "{\"days\":0}"), 400);
    JsonObject view = api.get("api/v1/mentorships/" + p.id(), p.mentor()).json();
    JsonObject status = view.getJsonObject("checkIns");
    assertThat(status.getString("lastCheckIn")).isEqualTo(today(0));
    assertThat(status.getString("nextCheckInDue")).isEqualTo(today(7));
    assertThat(status.getBoolean("overdue")).isFalse();
    assertThat(status.getInt("minutesThisMonth")).isEqualTo(75);
    assertThat(status.getInt("monthlyMinutesTarget")).isEqualTo(120);
    assertThat(view.getJsonArray("history")).hasSize(2);
    JsonArray open = view.getJsonArray("openNextSteps");
    assertThat(open).as("the undone step carries over").hasSize(1);
    assertThat(open.getJsonObject(0).getString("text")).isEqualTo("Introduce a supplier");
    assertThat(open.getJsonObject(0).getString("owner")).isEqualTo("MENTOR");
  }

  @Test
  void surveysFallDueOnceAndAnswersAreCheckedAgainstTheSurvey() {
    Api api = new Api(base);
    Pair p = pair(api, "ms-survey");
    String at = Instant.now().plus(Duration.ofDays(43)).toString();
    assertProblem(api.post("api/v1/admin/mentorships/due-work?at=" + at, p.mentor(), null), 403);
    assertProblem(api.post("api/v1/admin/mentorships/due-work?at=" + at, null, null), 401);
    assertProblem(api.post("api/v1/admin/mentorships/due-work?at=soon", ADMIN, null), 400);
    assertThat(api.get("api/v1/me/surveys", p.mentee()).jsonArray()).isEmpty();
    Api.Reply run = api.post("api/v1/admin/mentorships/due-work?at=" + at, ADMIN, null);
    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    assertThat(run.json().getInt("surveysSent")).isGreaterThanOrEqualTo(2);
    api.post("api/v1/admin/mentorships/due-work?at=" + at, ADMIN, null);

    JsonArray mine = api.get("api/v1/me/surveys", p.mentee()).jsonArray();
    assertThat(mine).as("sent once").hasSize(1);
    assertThat(api.get("api/v1/me/surveys", p.mentor()).jsonArray()).hasSize(1);
    JsonObject survey = mine.getJsonObject(0);
    assertThat(survey.getString("moment")).isEqualTo("EARLY_CHECK");
    assertThat(survey.getString("mentorshipId")).isEqualTo(p.id());
    assertThat(survey.getJsonArray("items")).hasSize(7);
    String answers = "api/v1/me/surveys/" + survey.getString("id") + "/answers";

    Api.Reply invalid =
        api.post(
            answers,
            p.mentee(),
            """
            {"answers": {"goal-agreed": 7, "meeting-rhythm": 4, "sessions-useful": 4,
             "comfortable-speaking": 5, "good-match": 4, "next-steps-followed": 3.5,
             "favourite-colour": "blue"}}
            """);
    assertProblem(invalid, 400);
    assertThat(fields(invalid))
        .containsExactlyInAnyOrder(
            "answers.goal-agreed", "answers.next-steps-followed", "answers.favourite-colour");
    assertProblem(api.post(answers, p.mentor(), "{\"answers\":{}}"), 404);
    String valid =
        """
        {"answers": {"goal-agreed": 4, "meeting-rhythm": 4, "sessions-useful": 5,
         "comfortable-speaking": 5, "good-match": 4, "next-steps-followed": 3,
         "anything-wrong": "Evenings are hard for me."}}
        """;
    Api.Reply answered = api.post(answers, p.mentee(), valid);
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().containsKey("answeredAt")).isTrue();
    assertProblem(api.post(answers, p.mentee(), valid), 409);
    assertProblem(api.get("api/v1/me/surveys", null), 401);

    assertProblem(api.get("api/v1/admin/surveys/results", p.mentee()), 403);
    JsonObject early = api.get("api/v1/admin/surveys/results", ADMIN).jsonArray().getJsonObject(0);
    assertThat(early.getString("surveyId")).isEqualTo("early-check");
    assertThat(early.getJsonNumber("responses").longValue()).isPositive();
    assertThat(early.toString()).doesNotContain("ms-survey-mentee");
  }

  @Test
  void programmesReengagementAndInsightsCountWhatHappened() {
    Api api = new Api(base);
    String programmeBody =
        "{\"name\":\"Winter cohort\",\"startDate\":\"%s\",\"endDate\":\"%s\"}"
            .formatted(today(-60), today(30));
    assertProblem(api.post("api/v1/admin/programmes", null, programmeBody), 401);
    assertProblem(
        api.post(
            "api/v1/admin/programmes", TestTokens.member("ms-prog-x", "member"), programmeBody),
        403);
    Api.Reply backwards =
        api.post(
            "api/v1/admin/programmes",
            ADMIN,
            "{\"name\":\"Backwards\",\"startDate\":\"%s\",\"endDate\":\"%s\"}"
                .formatted(today(0), today(-1)));
    assertProblem(backwards, 400);
    assertThat(fields(backwards)).containsExactly("endDate");
    assertProblem(api.get("api/v1/admin/programmes/nope", ADMIN), 404);
    Api.Reply created = api.post("api/v1/admin/programmes", ADMIN, programmeBody);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String programme = created.json().getString("id");
    assertThat(created.json().getString("twoThirds")).isEqualTo(today(0));

    Pair a = pair(api, "ms-prog-a");
    Pair b = pair(api, "ms-prog-b");
    assertThat(
            api.put(
                    "api/v1/mentees/me",
                    a.mentee(),
                    """
                    {"goals": "Set wholesale prices that cover real costs", "languages": ["en"],
                     "country": "GB", "timezone": "Europe/London", "stage": "early"}
                    """)
                .status())
        .isEqualTo(200);
    for (Pair p : new Pair[] {a, b}) {
      assertThat(
              api.post(
                      "api/v1/admin/programmes/" + programme + "/mentorships",
                      ADMIN,
                      "{\"mentorshipId\":\"" + p.id() + "\"}")
                  .json()
                  .getInt("mentorships"))
          .isPositive();
    }
    assertProblem(
        api.post(
            "api/v1/admin/programmes/" + programme + "/mentorships",
            ADMIN,
            "{\"mentorshipId\":\"nope\"}"),
        400);
    api.post(
        "api/v1/mentorships/" + a.id() + "/check-ins",
        a.mentor(),
        "{\"date\":\"" + today(0) + "\",\"minutes\":90,\"discussed\":\"Set the first target.\"}");
    String goalId =
        api.post(
                "api/v1/mentorships/" + a.id() + "/goals",
                a.mentee(),
                """
                {"statement": "Win repeat wholesale orders from cafes", "targetDate": "%s",
                 "measure": {"name": "repeat orders a month", "unit": "orders", "target": 5}}
                """
                    .formatted(today(30)))
            .json()
            .getString("id");
    api.post(
        "api/v1/mentorships/" + a.id() + "/goals/" + goalId + "/progress",
        a.mentee(),
        "{\"value\":5}");

    // Re-engagement: nobody is quiet today; three weeks on, both are listed and nudged once.
    String reengagement = "api/v1/admin/programmes/" + programme + "/re-engagement";
    assertThat(api.get(reengagement, ADMIN).json().getJsonArray("mentorships")).isEmpty();
    assertProblem(api.get(reengagement, a.mentor()), 403);
    String later = Instant.now().plus(Duration.ofDays(22)).toString();
    JsonObject quiet = api.get(reengagement + "?at=" + later, ADMIN).json();
    assertThat(quiet.getBoolean("reached")).isTrue();
    assertThat(quiet.getJsonArray("mentorships")).hasSize(2);
    assertThat(quiet.getJsonArray("mentorships").getJsonObject(0).containsKey("nudgedAt"))
        .isFalse();
    api.post("api/v1/admin/mentorships/due-work?at=" + later, ADMIN, null);
    JsonArray nudged =
        api.get(reengagement + "?at=" + later, ADMIN).json().getJsonArray("mentorships");
    assertThat(nudged.getJsonObject(0).containsKey("nudgedAt")).isTrue();
    assertThat(nudged.getJsonObject(1).containsKey("nudgedAt")).isTrue();

    // Insights for this programme count exactly what this test did.
    String q = "?programme=" + programme;
    assertProblem(api.get("api/v1/admin/insights/funnel" + q, a.mentor()), 403);
    assertProblem(api.get("api/v1/admin/insights/kpis" + q, null), 401);
    assertProblem(api.get("api/v1/admin/insights/kpis?programme=nope", ADMIN), 404);
    Api.Reply badRange = api.get("api/v1/admin/insights/funnel?from=yesterday", ADMIN);
    assertProblem(badRange, 400);
    assertThat(fields(badRange)).containsExactly("from");

    JsonArray stages =
        api.get("api/v1/admin/insights/funnel" + q, ADMIN).json().getJsonArray("stages");
    Map<String, Integer> expected =
        Map.of(
            "members", 2,
            "menteeProfiles", 1,
            "requests", 2,
            "accepted", 2,
            "firstCheckIn", 1,
            "goalAchieved", 1);
    assertThat(stages).hasSize(6);
    for (int i = 0; i < stages.size(); i++) {
      JsonObject stage = stages.getJsonObject(i);
      assertThat(stage.getInt("count"))
          .as(stage.getString("key"))
          .isEqualTo(expected.get(stage.getString("key")));
    }
    assertThat(stages.getJsonObject(5).getJsonNumber("shareOfFirst").doubleValue()).isEqualTo(0.5);

    JsonObject kpis = api.get("api/v1/admin/insights/kpis" + q, ADMIN).json();
    JsonObject goals = kpis.getJsonObject("goalAchievement");
    assertThat(goals.getInt("goals")).isEqualTo(1);
    assertThat(goals.getInt("achieved")).isEqualTo(1);
    assertThat(goals.getJsonNumber("rate").doubleValue()).isEqualTo(1.0);
    JsonObject minutes = kpis.getJsonObject("checkInMinutes");
    assertThat(minutes.getInt("mentorships")).isEqualTo(2);
    assertThat(minutes.getInt("minutes")).isEqualTo(90);
    assertThat(minutes.getInt("mentorshipMonths")).isEqualTo(2);
    assertThat(minutes.getJsonNumber("perMentorshipMonth").doubleValue()).isEqualTo(45.0);
    assertThat(kpis.getJsonObject("timeToFirstMatch").getInt("matches")).isEqualTo(2);
    assertThat(kpis.getJsonArray("trainingCompletion")).hasSize(7);
    JsonObject webinars = kpis.getJsonObject("webinarAttendance");
    assertThat(webinars.getInt("registrations")).isZero();
    assertThat(webinars.isNull("rate")).as("no data is an explicit null").isTrue();

    Api.Reply csv =
        api.send(
            "GET",
            "api/v1/admin/insights/kpis" + q,
            ADMIN,
            null,
            null,
            Map.of("Accept", "text/csv"));
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("kpi,dimension,value\r\n")
        .contains("goal_achievement,rate,1.0\r\n")
        .contains("check_in_minutes,minutes,90\r\n");
    Api.Reply funnelCsv =
        api.send(
            "GET",
            "api/v1/admin/insights/funnel" + q,
            ADMIN,
            null,
            null,
            Map.of("Accept", "text/csv"));
    assertThat(funnelCsv.body()).contains("goalAchieved,Achieved a goal,1,1.0,0.5\r\n");
  }
}

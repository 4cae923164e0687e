package org.mentorhub.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI's user journeys in real Chromium against the plugin on Payara Micro: each journey
 * creates its data through the API, then acts as a person would on the demo pages, and saves a
 * screenshot of every screen it passes under {@code target/ui-screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class UiJourneysIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  /**
   * A mentor profile; journeys use Welsh, Ireland and made-up expertise so their mentors never show
   * up in other classes' searches, facet counts or recommendations on the shared database.
   */
  private static String mentorProfile(
      String name, String headline, String bio, String expertise, String industry) {
    return "{\"name\":\""
        + name
        + "\",\"headline\":\""
        + headline
        + "\",\"bio\":\""
        + bio
        + "\",\"expertise\":[\""
        + expertise
        + "\"],\"industries\":[\""
        + industry
        + "\"],\"languages\":[\"cy\"],\"country\":\"IE\",\"timezone\":\"Europe/Dublin\"}";
  }

  private static boolean listed(Api api, String token, String query, String mentorId) {
    return api
        .get("api/v1/mentors/search?size=100&" + query, token)
        .json()
        .getJsonArray("hits")
        .stream()
        .anyMatch(h -> h.asJsonObject().getString("id").equals(mentorId));
  }

  private String base() {
    String b = base.toString();
    return b.endsWith("/") ? b : b + "/";
  }

  @Test
  void menteeFindsAMentorWithATypoAndAFacetAsksSpecificallyAndTheMentorAccepts() {
    Api api = new Api(base);
    String mentor = TestTokens.member("ui-a-mentor", "member", "mentor");
    String other = TestTokens.member("ui-a-other", "member", "mentor");
    String mentee = TestTokens.member("ui-a-mentee", "member");
    assertThat(
            api.put(
                    "api/v1/mentors/me",
                    mentor,
                    mentorProfile(
                        "Ursula Quill",
                        "Sourdough costing for small cafés",
                        "Twenty years of sourdough costing and cash-flow work for food businesses.",
                        "Sourdough costing",
                        "Hospitality"))
                .status())
        .isEqualTo(200);
    assertThat(
            api.put(
                    "api/v1/mentors/me",
                    other,
                    mentorProfile(
                        "Otto Ledger",
                        "Sourdough costing for corner shops",
                        "I cost the loaves of shops.",
                        "Sourdough costing",
                        "Retail"))
                .status())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                listed(api, mentee, "q=sourdough", "ui-a-mentor")
                    && listed(api, mentee, "q=sourdough", "ui-a-other"));

    try (Browser b = new Browser()) {
      b.signIn(base(), "find.html", "ui-a-mentee", mentee, List.of("member"));
      // Matches need a mentee profile first.
      b.find(".empty", "Fill in your mentee profile");
      b.find("textarea[name=goals]")
          .sendKeys("I want to cost my sourdough properly and understand my cash flow.");
      b.find("input[name=industry]:not([type=checkbox])").sendKeys("Hospitality");
      WebElement languages = b.find("input[name=languages]");
      languages.clear();
      languages.sendKeys("cy");
      new Select(b.find("select[name=stage]")).selectByValue("early");
      b.find("input[name=country]:not([type=checkbox])").sendKeys("IE");
      b.find("button", "Save and find matches").click();
      b.find(".status.ok", "Your matches are updated");
      b.find(".badge", "% match");
      b.screenshot("00-find-matches-for-you");

      WebElement search = b.find("input[name=q]");
      search.sendKeys("Sourd");
      b.find("[role=option]", "Sourdough costing");
      b.screenshot("01-find-suggestions");

      search.clear();
      search.sendKeys("sourdogh", Keys.ENTER);
      b.find(".results[data-query=sourdogh]");
      b.find("li.hit", "Ursula Quill");
      b.find("li.hit", "Otto Ledger");
      b.find("fieldset[data-facet=industry] input[value=Hospitality]").click();
      b.waitGone("li.hit", "Otto Ledger");
      b.find("li.hit", "Ursula Quill");
      b.screenshot("02-find-typo-and-facet");

      b.find("li.hit button", "Ursula Quill").click();
      b.find("article h2", "Ursula Quill");
      WebElement ask = b.find("textarea[name=ask]");
      ask.sendKeys("Can you help me?");
      b.find("button", "Send request").click();
      b.find(".field-error", "at least 80 characters");
      b.screenshot("03-profile-request-too-vague");

      String specific =
          "I run a bakery with two staff and want to set up monthly bookkeeping in 2027,"
              + " so I can see my cash flow before the quiet winter months.";
      ask.clear();
      ask.sendKeys(specific);
      b.find("textarea[name=offer]").sendKeys("Fresh bread and feedback on your workshops.");
      b.find("button", "Send request").click();
      b.find(".status.ok", "Request sent");
      b.screenshot("04-profile-request-sent");

      b.open(base() + "ui/find.html");
      b.find("li[data-request-id][data-status=PENDING]", "Ursula Quill");
      b.screenshot("05-my-requests");

      // The mentor signs in through the demo bar's role switcher (dev mode).
      b.open(base() + "ui/mentor.html");
      new Select(b.find("select[name=role]")).selectByValue("custom");
      WebElement sub = b.find("input[name=sub]");
      sub.clear();
      sub.sendKeys("ui-a-mentor");
      WebElement name = b.find("input[name=name]");
      name.clear();
      name.sendKeys("Ursula Quill");
      WebElement mentorRole = b.find("input[name=groups][value=mentor]");
      if (!mentorRole.isSelected()) {
        mentorRole.click();
      }
      b.find("button", "Switch").click();
      b.find("p", "Now: Ursula Quill (ui-a-mentor)");
      b.find("li[data-status=PENDING]", "monthly bookkeeping");
      b.screenshot("06-mentor-incoming-request");
      b.clickIn("li[data-status=PENDING]", "monthly bookkeeping", "button", "Accept");
      b.find("li[data-status=ACCEPTED]", "monthly bookkeeping");
      b.find(".status.ok", "Request accepted");
      b.screenshot("07-mentor-accepted");

      // Bad input shows the server's message next to the field.
      b.find("button[data-tab=profile]").click();
      WebElement country = b.find("input[name=country]");
      country.clear();
      country.sendKeys("ZZ");
      b.find("button", "Save profile").click();
      // Wait for this field's own error: an earlier form's .field-error may still be in the page,
      // and finding that one raced the server's answer (aria-invalid read as null).
      WebElement invalid = b.find("input[name=country][aria-invalid=true]");
      assertThat(invalid.getAttribute("aria-invalid")).isEqualTo("true");
      b.find(".field-error");
      b.screenshot("08-mentor-profile-field-error");

      b.find("button[data-tab=office-hours]").click();
      WebElement title = b.find("input[name=title]");
      title.clear();
      title.sendKeys("Cash-flow clinic");
      b.find("button", "Create office hours").click();
      b.find(".status.ok", "Office hours created");
      b.clickIn("li[data-session-id]", "Cash-flow clinic", "button", "Attendance");
      b.find(".empty", "Nobody has joined yet");
      b.screenshot("08b-mentor-office-hours");

      b.setWidth(375);
      b.open(base() + "ui/find.html");
      b.find("li.hit");
      b.screenshot("09-find-phone-width");
    }
    JsonObject request =
        api.get("api/v1/mentorship-requests?role=mentee", mentee).jsonArray().getJsonObject(0);
    assertThat(request.getString("status")).isEqualTo("ACCEPTED");
  }

  @Test
  void aWaitlistedMemberIsPromotedWhenARegisteredMemberCancels() {
    Api api = new Api(base);
    String admin = TestTokens.member("ui-b-admin", "member", "admin");
    String first = TestTokens.member("ui-b-first", "member");
    String second = TestTokens.member("ui-b-second", "member");
    String title = "UI waitlist onboarding " + System.nanoTime();
    Api.Reply created =
        api.post(
            "api/v1/webinars",
            admin,
            "{\"title\":\""
                + title
                + "\",\"kind\":\"ONBOARDING\",\"description\":\"One seat only.\",\"startsAt\":\""
                + Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES)
                + "\",\"durationMinutes\":60,\"timezone\":\"UTC\",\"capacity\":1}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String full = created.json().getJsonArray("sessions").getJsonObject(0).getString("id");
    String soonTitle = "UI starting soon " + System.nanoTime();
    Api.Reply soon =
        api.post(
            "api/v1/webinars",
            admin,
            "{\"title\":\""
                + soonTitle
                + "\",\"kind\":\"ONBOARDING\",\"startsAt\":\""
                + Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                + "\",\"durationMinutes\":30,\"timezone\":\"UTC\",\"capacity\":5}");
    assertThat(soon.status()).as(soon.toString()).isEqualTo(201);
    assertThat(
            api.post("api/v1/webinars/sessions/" + full + "/registrations", first, "")
                .json()
                .getString("status"))
        .isEqualTo("REGISTERED");

    try (Browser b = new Browser()) {
      b.signIn(base(), "webinars.html", "ui-b-second", second, List.of("member"));
      WebElement card = b.find("li[data-session-id='" + full + "']");
      b.within(card, ".badge", "Full");
      b.within(card, "button", "Join the waitlist").click();
      card = b.find("li[data-session-id='" + full + "']", "on the waitlist");
      b.within(card, ".my-status", "number 1 on the waitlist");
      b.screenshot("10-webinars-waitlisted");

      assertThat(
              api.send(
                      "DELETE",
                      "api/v1/webinars/sessions/" + full + "/registrations",
                      first,
                      null,
                      null,
                      java.util.Map.of())
                  .status())
          .isEqualTo(204);
      b.open(base() + "ui/webinars.html");
      card = b.find("li[data-session-id='" + full + "']", "You are registered");
      b.within(card, "button", "Cancel my registration");

      // Inside the join window the Join button is enabled once registered.
      b.within(b.find("li[data-session-id]", soonTitle), "button", "Register").click();
      b.waitUntil(
          "the session starting soon shows the member registered with Join enabled",
          () -> {
            WebElement soonCard = b.find("li[data-session-id]", soonTitle);
            return soonCard.getDomProperty("textContent").contains("You are registered")
                && b.within(soonCard, "button.join", null).isEnabled();
          });
      b.find("input[name=calendarFeedUrl]");
      b.screenshot("11-webinars-promoted-and-join-open");
    }
    JsonObject mine =
        api.post("api/v1/webinars/sessions/" + full + "/registrations", second, "").json();
    assertThat(mine.getString("status")).isEqualTo("REGISTERED");
  }

  @Test
  void staffSeeTheFunnelAndKpisThatTheInsightsApiReports() {
    String admin = TestTokens.member("ui-e-admin", "member", "admin");
    JsonObject funnel = new Api(base).get("api/v1/admin/insights/funnel", admin).json();
    String firstStage = funnel.getJsonArray("stages").getJsonObject(0).getString("label");
    try (Browser b = new Browser()) {
      b.signIn(base(), "insights.html", "ui-e-admin", admin, List.of("member", "admin"));
      WebElement bar = b.find(".funnel .bar");
      assertThat(bar.getAttribute("aria-label")).startsWith(firstStage + ": ");
      b.find(".kpis", "Check-in minutes per mentorship-month");
      b.find("button", "Download funnel (CSV)");
      b.screenshot("24-insights");
    }
  }

  @Test
  void aMemberCompletesALessonAndPassesAQuizAfterReadingTheFeedback() {
    String learner = TestTokens.member("ui-c-learner", "member");
    try (Browser b = new Browser()) {
      b.signIn(base(), "training.html", "ui-c-learner", learner, List.of("member"));
      b.find("li[data-track=active-listening] progress");
      b.screenshot("12-training-tracks");
      b.find("li[data-track=active-listening] button", "Active listening").click();
      b.find("button", "Start this track").click();
      b.find(".lesson");
      b.screenshot("13-training-lesson");
      b.find("button", "Mark as done").click();
      b.find("li[data-step=listening-to-understand] .done", "✓");

      b.find("li[data-step=listening-check] button").click();
      for (String q :
          List.of(
              "more-customers",
              "best-reflection",
              "leading-question",
              "chase-invoice",
              "good-listening")) {
        b.find("[data-question=" + q + "] [data-option=a] input").click();
      }
      b.find("button", "Check my answers").click();
      b.find(".status.error", "to pass");
      b.find(".verdict.wrong", "Not quite");
      b.find(".feedback", "jumps to a fix");
      b.screenshot("14-training-quiz-feedback");

      for (String q :
          List.of("more-customers", "best-reflection", "leading-question", "chase-invoice")) {
        b.find("[data-question=" + q + "] [data-option=b] input").click();
      }
      b.find("[data-question=good-listening] [data-option=c] input").click();
      b.find("[data-question=good-listening] [data-option=d] input").click();
      b.find("button", "Check my answers").click();
      b.find(".status.ok", "Passed with 100%");
      b.find("li[data-step=listening-check] .done", "✓");
      b.screenshot("15-training-quiz-passed");
    }
    JsonObject progress =
        new Api(base)
            .get("api/v1/tracks/active-listening", learner)
            .json()
            .getJsonObject("progress");
    assertThat(progress.getInt("completedSteps")).isEqualTo(2);
  }

  @Test
  void aReportedProfileHiddenByAModeratorVanishesFromSearch() {
    Api api = new Api(base);
    String mentor = TestTokens.member("ui-d-mentor", "member", "mentor");
    String reporter = TestTokens.member("ui-d-reporter", "member");
    String moderator = TestTokens.member("ui-d-moderator", "member", "moderator");
    String admin = TestTokens.member("ui-d-admin", "member", "admin");
    assertThat(
            api.put(
                    "api/v1/mentors/me",
                    mentor,
                    mentorProfile(
                        "Zelda Brewer",
                        "Zythology for craft brewers",
                        "Zythology & <b>beer</b> tasting for taprooms.",
                        "Zythology",
                        "Food & Beverage"))
                .status())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> listed(api, reporter, "q=zythology", "ui-d-mentor"));

    try (Browser b = new Browser()) {
      b.signIn(base(), "find.html", "ui-d-reporter", reporter, List.of("member"));
      b.find("input[name=q]").sendKeys("zythology", Keys.ENTER);
      b.find(".results[data-query=zythology]");
      WebElement hit = b.find("li.hit", "Zelda Brewer");
      // The highlight is the only markup: the bio's <b> arrives as text.
      b.within(hit, "mark", "Zythology");
      assertThat(b.within(hit, ".snippet", "beer").getDomProperty("textContent"))
          .contains("<b>beer</b>");
      b.screenshot("16-find-highlights");
      b.within(hit, "button", "Zelda Brewer").click();
      b.find("button", "Report a problem").click();
      new Select(b.find("select[name=category]")).selectByValue("MISREPRESENTATION");
      b.find("textarea[name=description]")
          .sendKeys("Claims a brewing licence they do not have, and asked me for money.");
      b.screenshot("17-report-form");
      b.find("button", "Send report").click();
      b.find(".status.ok", "Your report was received");

      b.open(base() + "ui/reports.html");
      b.find("td", "ui-d-mentor");
      b.screenshot("18-my-reports");

      b.signIn(
          base(), "moderation.html", "ui-d-moderator", moderator, List.of("member", "moderator"));
      new Select(b.find("select[name=targetType]")).selectByValue("MENTOR_PROFILE");
      b.find("tr[data-target-id=ui-d-mentor]");
      b.screenshot("19-moderation-queue");
      b.clickIn("tr[data-target-id=ui-d-mentor]", null, "button", "Open");
      b.find("h2", "Case about Mentor profile ui-d-mentor");
      b.find("button", "Assign to me").click();
      b.find("p", "assigned to ui-d-moderator");
      new Select(b.find("select[name=action]")).selectByValue("HIDE_PROFILE");
      b.find("button", "Take action").click();
      b.find(".field-error");
      b.screenshot("20-moderation-note-required");
      b.find("textarea[name=note]").sendKeys("No licence on record; hidden pending a call.");
      b.find("button", "Take action").click();
      b.find(".status.ok", "Hide the mentor profile");
      b.find("table.audit td", "No licence on record");
      b.screenshot("21-moderation-case-acted");

      b.signIn(base(), "moderation.html", "ui-d-admin", admin, List.of("member", "admin"));
      b.find("button[data-tab=metrics]").click();
      b.find(".metrics", "Open cases");
      b.screenshot("22-moderation-metrics");

      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> !listed(api, reporter, "q=zythology", "ui-d-mentor"));
      b.signIn(base(), "find.html", "ui-d-reporter", reporter, List.of("member"));
      b.find("input[name=q]").sendKeys("zythology", Keys.ENTER);
      b.find(".results[data-query=zythology] p.empty", "No mentors match");
      b.waitGone("li.hit", "Zelda Brewer");
      b.screenshot("23-find-after-hiding");
    }
  }
}

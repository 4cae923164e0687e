package org.mentorhub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.notifications.WebhookReceiver.Arrival;
import org.mentorhub.notifications.WebhookReceiver.Mode;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.ProblemAssertions;
import org.mentorhub.testing.TestTokens;
import org.mentorhub.testing.Webinars;

/**
 * Notifications end to end on PostgreSQL: a real webhook receiver on loopback that fails, times out
 * and recovers, a real SMTP server (GreenMail), preferences and unsubscribe links, and a reminder
 * that fires once.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  /** The same secret the it-postgres execution gives the plugin. */
  private static final String SECRET = "whsec_notifications_it_0123456789";

  private static final Duration PATIENCE = Duration.ofSeconds(180);

  private static final String ASK =
      "I run a two-person bakery and want to set prices for wholesale cafe orders that cover our real costs.";

  private static WebhookReceiver receiver;
  private static GreenMail smtp;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void startReceivers() throws Exception {
    // Only the it-postgres execution reserves the receivers' ports and points the plugin at them.
    Assumptions.assumeTrue(System.getProperty("mentorhub.it.webhook-port") != null);
    receiver = new WebhookReceiver(port("mentorhub.it.webhook-port"), SECRET);
    smtp = new GreenMail(new ServerSetup(port("mentorhub.it.smtp-port"), "127.0.0.1", "smtp"));
    smtp.start();
  }

  @AfterAll
  static void stopReceivers() {
    if (receiver != null) {
      receiver.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  private static int port(String property) {
    return Integer.parseInt(System.getProperty(property));
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String member(String id, String... extraGroups) {
    List<String> groups = new ArrayList<>(List.of("member"));
    groups.addAll(Arrays.asList(extraGroups));
    return TestTokens.member(id, groups.toArray(String[]::new));
  }

  private static String mentorProfile() {
    return """
        {"name": "Notified Mentor", "headline": "Pricing for food businesses",
         "expertise": ["Pricing"], "languages": ["en"], "country": "GB",
         "timezone": "Europe/London", "maxMentees": 3}
        """;
  }

  private String request(Api api, String menteeToken, String mentorId) {
    Api.Reply created =
        api.post(
            "api/v1/mentorship-requests",
            menteeToken,
            "{\"mentorId\":\"" + mentorId + "\",\"ask\":\"" + ASK + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static List<Arrival> arrivalsFor(Set<String> recipients) {
    return receiver.arrivals().stream().filter(a -> recipients.contains(a.recipientId())).toList();
  }

  @Test
  void everyEventArrivesSignedOnceAndInOrderThroughFailuresTimeoutsAndRecovery() {
    Api api = new Api(base);
    String mentorId = unique("nt-mentor");
    String aId = unique("nt-a");
    String bId = unique("nt-b");
    String mentor = member(mentorId, "mentor");
    String a = member(aId);
    String b = member(bId);
    Set<String> mine = Set.of(mentorId, aId, bId);
    receiver.mode(Mode.FAIL);
    try {
      for (String token : List.of(mentor, a, b)) {
        assertThat(api.get("api/v1/me", token).status()).isEqualTo(200);
      }
      assertThat(api.put("api/v1/mentors/me", mentor, mentorProfile()).status()).isEqualTo(200);
      String requestA = request(api, a, mentorId);
      String requestB = request(api, b, mentorId);
      assertThat(
              api.post("api/v1/mentorship-requests/" + requestA + "/accept", mentor, "{}").status())
          .isEqualTo(200);
      assertThat(
              api.post("api/v1/mentorship-requests/" + requestB + "/decline", mentor, "{}")
                  .status())
          .isEqualTo(200);
      String session = Webinars.officeHour(api, mentor, Duration.ofHours(3), 1);
      String registrations = "api/v1/webinars/sessions/" + session + "/registrations";
      assertThat(api.post(registrations, a, null).json().getString("status"))
          .isEqualTo("REGISTERED");
      assertThat(api.post(registrations, b, null).json().getString("status"))
          .isEqualTo("WAITLISTED");
      assertThat(api.send("DELETE", registrations, a, null, null, Map.of()).status())
          .isEqualTo(204);
      assertThat(
              api.send(
                      "PATCH",
                      "api/v1/webinars/sessions/" + session,
                      mentor,
                      "application/json",
                      "{\"title\": \"Pricing clinic (moved)\"}",
                      Map.of())
                  .status())
          .isEqualTo(200);
      assertThat(
              api.send(
                      "DELETE", "api/v1/webinars/sessions/" + session, mentor, null, null, Map.of())
                  .status())
          .isEqualTo(200);

      // The host fails: every attempt gets 500, and the outbox keeps retrying.
      await()
          .atMost(PATIENCE)
          .until(() -> arrivalsFor(mine).stream().filter(x -> x.mode() == Mode.FAIL).count() >= 6);
      Api.Reply ready = api.get("/health/ready", null);
      assertThat(ready.body()).contains("\"notifications\"").contains("backlog");
      Api.Reply metrics = api.get("/metrics", null);
      assertThat(metrics.body()).contains("notifications_backlog").contains("notifications_dead");

      // Then it hangs beyond the plugin's read timeout.
      receiver.mode(Mode.HANG);
      await()
          .atMost(PATIENCE)
          .until(() -> arrivalsFor(mine).stream().filter(x -> x.mode() == Mode.HANG).count() >= 2);

      // Then it recovers, and everything arrives.
      receiver.mode(Mode.OK);
      await()
          .atMost(PATIENCE)
          .until(
              () ->
                  arrivalsFor(mine).stream()
                          .filter(x -> x.mode() == Mode.OK)
                          .map(Arrival::id)
                          .distinct()
                          .count()
                      >= 7);
    } finally {
      receiver.mode(Mode.OK);
    }

    List<Arrival> arrivals = arrivalsFor(mine);
    assertThat(arrivals).allSatisfy(x -> assertThat(x.signatureValid()).as(x.body()).isTrue());

    // Each event has one id, the same bytes on every retry, and was acknowledged exactly once
    // (acknowledged events are never sent again with a new id).
    Map<String, Set<String>> bodiesById = new HashMap<>();
    arrivals.forEach(x -> bodiesById.computeIfAbsent(x.id(), k -> new HashSet<>()).add(x.body()));
    assertThat(bodiesById.values()).allSatisfy(bodies -> assertThat(bodies).hasSize(1));
    assertThat(bodiesById).hasSize(7);
    Map<String, Long> okPerId =
        arrivals.stream()
            .filter(x -> x.mode() == Mode.OK)
            .collect(Collectors.groupingBy(Arrival::id, Collectors.counting()));
    assertThat(okPerId.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
    Set<String> retried =
        arrivals.stream()
            .filter(x -> x.mode() != Mode.OK)
            .map(Arrival::id)
            .collect(Collectors.toSet());
    assertThat(retried).isNotEmpty();
    assertThat(okPerId.keySet()).containsAll(retried);

    // Per recipient: the expected events, in order, each delivered before the next is tried.
    assertThat(sequence(arrivals, bId))
        .containsExactly(
            "REQUEST_DECLINED", "WAITLIST_PROMOTED", "SESSION_CHANGED", "SESSION_CANCELLED");
    assertThat(sequence(arrivals, aId)).containsExactly("REQUEST_ACCEPTED");
    assertThat(sequence(arrivals, mentorId))
        .containsExactly("REQUEST_RECEIVED", "REQUEST_RECEIVED");
    List<String> menteesInOrder =
        arrivals.stream()
            .filter(x -> x.recipientId().equals(mentorId) && x.mode() == Mode.OK)
            .map(x -> x.data().getString("menteeId"))
            .toList();
    assertThat(menteesInOrder).containsExactly(aId, bId);
    for (String recipient : mine) {
      Set<String> acknowledged = new HashSet<>();
      List<String> order = new ArrayList<>();
      for (Arrival x : arrivals) {
        if (!x.recipientId().equals(recipient)) {
          continue;
        }
        if (!order.contains(x.id())) {
          assertThat(acknowledged)
              .as("an earlier event of %s was still pending when %s arrived", recipient, x.type())
              .containsAll(order);
          order.add(x.id());
        }
        if (x.mode() == Mode.OK) {
          acknowledged.add(x.id());
        }
      }
    }

    // Data carries no email addresses and no reporter identities.
    assertThat(arrivals).allSatisfy(x -> assertThat(x.body()).doesNotContain("@example.org"));
  }

  private static void assertProblem(Api.Reply reply, int status, String field) {
    ProblemAssertions.assertProblem(reply, status);
    if (field != null) {
      assertThat(ProblemAssertions.fields(reply)).contains(field);
    }
  }

  private static List<String> sequence(List<Arrival> arrivals, String recipient) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    Map<String, String> types = new HashMap<>();
    for (Arrival x : arrivals) {
      if (x.recipientId().equals(recipient)) {
        ids.add(x.id());
        types.put(x.id(), x.type());
      }
    }
    return ids.stream().map(types::get).toList();
  }

  @Test
  void aRequestEmailsTheMentorWithTextAndHtmlAndAWorkingUnsubscribeLink() throws Exception {
    Api api = new Api(base);
    String mentorId = unique("nt-mail-mentor");
    String mentor = member(mentorId, "mentor");
    String mentee = member(unique("nt-mail-mentee"));
    api.get("api/v1/me", mentee);
    assertThat(api.put("api/v1/mentors/me", mentor, mentorProfile()).status()).isEqualTo(200);
    request(api, mentee, mentorId);

    String address = mentorId + "@example.org";
    await().atMost(PATIENCE).until(() -> !messagesTo(address).isEmpty());
    List<MimeMessage> messages = messagesTo(address);
    assertThat(messages).hasSize(1);
    MimeMessage message = messages.get(0);
    assertThat(message.getSubject()).startsWith("New mentorship request from");
    assertThat(message.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    BodyPart text = parts.getBodyPart(0);
    BodyPart html = parts.getBodyPart(1);
    assertThat(text.getContentType()).startsWith("text/plain");
    assertThat(html.getContentType()).startsWith("text/html");
    String textBody = (String) text.getContent();
    assertThat((String) html.getContent()).contains("<a href=").contains("Unsubscribe");
    assertThat(message.getHeader("List-Unsubscribe")[0]).startsWith("<http");

    Matcher link = Pattern.compile("unsubscribe\\?token=([A-Za-z0-9_\\-.%]+)").matcher(textBody);
    assertThat(link.find()).as(textBody).isTrue();
    String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);

    assertProblem(
        api.get("api/v1/notifications/unsubscribe?token=forged." + token, null), 400, "token");
    Api.Reply unsubscribed = api.get("api/v1/notifications/unsubscribe?token=" + token, null);
    assertThat(unsubscribed.status()).as(unsubscribed.toString()).isEqualTo(200);
    assertThat(unsubscribed.json().getString("unsubscribed")).isEqualTo("REQUEST_RECEIVED");

    JsonObject types =
        api.get("api/v1/me/notification-preferences", mentor).json().getJsonObject("types");
    assertThat(types.getJsonObject("REQUEST_RECEIVED").getBoolean("email")).isFalse();
    assertThat(types.getJsonObject("REQUEST_RECEIVED").getBoolean("host")).isTrue();
    assertThat(types.getJsonObject("SESSION_CHANGED").getBoolean("email")).isTrue();
  }

  private static List<MimeMessage> messagesTo(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
        found.add(m);
      }
    }
    return found;
  }

  @Test
  void preferencesNeedATokenRejectBadFieldsAndRoundTrip() {
    Api api = new Api(base);
    String token = member(unique("nt-prefs"));
    String path = "api/v1/me/notification-preferences";
    assertProblem(api.get(path, null), 401, null);
    assertProblem(api.put(path, null, "{}"), 401, null);

    JsonObject defaults = api.get(path, token).json();
    assertThat(defaults.getBoolean("email")).isTrue();
    assertThat(defaults.getString("digest")).isEqualTo("IMMEDIATE");
    assertThat(defaults.isNull("quietHours")).isTrue();
    assertThat(
            defaults.getJsonObject("types").getJsonObject("REQUEST_RECEIVED").getBoolean("email"))
        .isTrue();

    assertProblem(api.put(path, token, "{\"email\": true, \"digest\": \"WEEKLY\"}"), 400, "digest");
    assertProblem(
        api.put(
            path,
            token,
            "{\"email\": true, \"digest\": \"DAILY\", \"quietHours\": {\"start\": \"25:00\", \"end\": \"07:00\"}}"),
        400,
        "quietHours.start");
    assertProblem(
        api.put(
            path, token, "{\"email\": true, \"digest\": \"DAILY\", \"timezone\": \"Mars/Base\"}"),
        400,
        "timezone");
    assertProblem(
        api.put(
            path,
            token,
            "{\"email\": true, \"digest\": \"DAILY\", \"types\": {\"PARTY\": {\"host\": true, \"email\": true}}}"),
        400,
        "types.PARTY");
    assertThat(api.get(path, token).json()).as("nothing changed").isEqualTo(defaults);

    Api.Reply saved =
        api.put(
            path,
            token,
            """
            {"email": true, "timezone": "Europe/Berlin", "digest": "DAILY",
             "quietHours": {"start": "22:00", "end": "07:00"},
             "types": {"SESSION_STARTING": {"host": true, "email": false}}}
            """);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    Api.Reply reread = api.get(path, token);
    assertThat(reread.body()).isEqualTo(saved.body());
    JsonObject back = reread.json();
    assertThat(back.getString("timezone")).isEqualTo("Europe/Berlin");
    assertThat(back.getJsonObject("quietHours").getString("start")).isEqualTo("22:00");
    assertThat(back.getJsonObject("types").getJsonObject("SESSION_STARTING").getBoolean("email"))
        .isFalse();
    assertThat(back.getJsonObject("types").getJsonObject("REQUEST_RECEIVED").getBoolean("email"))
        .isTrue();
  }

  @Test
  void aSessionStartingSoonRemindsEachRegisteredMemberOnce() throws Exception {
    Api api = new Api(base);
    String hostId = unique("nt-host");
    String host = member(hostId, "mentor");
    String attendeeId = unique("nt-attendee");
    String attendee = member(attendeeId);
    api.get("api/v1/me", host);
    api.get("api/v1/me", attendee);
    String session = Webinars.officeHour(api, host, Duration.ofMinutes(40), 5);
    assertThat(
            api.post("api/v1/webinars/sessions/" + session + "/registrations", attendee, null)
                .status())
        .isEqualTo(200);

    await().atMost(PATIENCE).until(() -> types(attendeeId).contains("SESSION_STARTING"));
    // Let the reminder scan (every 2 s in the ITs) run a few more times, then send a later event.
    Thread.sleep(8000);
    api.send("DELETE", "api/v1/webinars/sessions/" + session, host, null, null, Map.of());
    await().atMost(PATIENCE).until(() -> types(attendeeId).contains("SESSION_CANCELLED"));

    assertThat(types(attendeeId)).containsExactly("SESSION_STARTING", "SESSION_CANCELLED");
    Arrival reminder =
        arrivalsFor(Set.of(attendeeId)).stream()
            .filter(x -> x.type().equals("SESSION_STARTING"))
            .findFirst()
            .orElseThrow();
    assertThat(reminder.data().getString("sessionId")).isEqualTo(session);
  }

  /** The types of the distinct events a recipient was sent, in order. */
  private static List<String> types(String recipient) {
    return sequence(receiver.arrivals(), recipient);
  }
}

package org.mentorhub.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.platform.security.PemKeys;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/**
 * Webinars over HTTP on Payara Micro: creating series by role, capacity under concurrent load and
 * the waitlist, the join window and its signed tokens, webhooks into attendance and recordings, and
 * the calendar feed parsed back.
 *
 * <p>Runs where the build gives the server Jitsi settings (the PostgreSQL execution); the test
 * signs webhooks with the same secret and checks join tokens against the matching public key.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfEnvironmentVariable(named = "MENTORHUB_JITSI_WEBHOOK_SECRET", matches = ".+")
class WebinarsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String mentor(String id) {
    return TestTokens.member(id, "member", "mentor");
  }

  private static String member(String id) {
    return TestTokens.member(id, "member");
  }

  private static String soon(Duration fromNow) {
    return Instant.now().plus(fromNow).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String webinar(
      String title, String kind, String startsAt, int minutes, String rrule, int capacity) {
    return """
        {"title": "%s", "kind": "%s", "description": "Bring questions", "startsAt": "%s",
         "durationMinutes": %d, "timezone": "Europe/London", %s "capacity": %d}
        """
        .formatted(
            title,
            kind,
            startsAt,
            minutes,
            rrule == null ? "" : "\"recurrence\": \"" + rrule + "\",",
            capacity);
  }

  /** Creates a one-session office hour hosted by the mentor; returns the session id. */
  private String officeHour(Api api, String mentorToken, Duration fromNow, int capacity) {
    Api.Reply created =
        api.post(
            "api/v1/webinars",
            mentorToken,
            webinar("Office hour", "OFFICE_HOURS", soon(fromNow), 60, null, capacity));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonArray("sessions").getJsonObject(0).getString("id");
  }

  private static void assertProblem(Api.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    if (field != null) {
      assertThat(reply.json().getJsonArray("violations").toString())
          .contains("\"field\":\"" + field + "\"");
    }
  }

  @Test
  void mentorsCreateOfficeHoursAdminsAnythingAndSeriesKeepLocalTimeAcrossDst() {
    Api api = new Api(base);
    String mentorId = unique("wb-mentor");
    String mentor = mentor(mentorId);
    String admin = TestTokens.member(unique("wb-admin"), "member", "admin");
    api.get("api/v1/me", mentor);

    // 2027: British clocks go forward on 28 March.
    String series =
        webinar(
            "Pricing clinic", "OFFICE_HOURS", "2027-03-18T17:00", 45, "FREQ=WEEKLY;COUNT=3", 12);
    assertProblem(api.post("api/v1/webinars", member(unique("wb-member")), series), 403, null);
    assertProblem(api.post("api/v1/webinars", null, series), 401, null);
    assertProblem(
        api.post(
            "api/v1/webinars",
            mentor,
            webinar("Welcome", "ONBOARDING", "2027-03-18T17:00", 45, null, 12)),
        403,
        null);

    Api.Reply created = api.post("api/v1/webinars", mentor, series);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject view = created.json();
    assertThat(view.getString("hostId")).isEqualTo(mentorId);
    List<String> starts =
        view.getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("startsAt"))
            .toList();
    assertThat(starts)
        .containsExactly("2027-03-18T17:00:00Z", "2027-03-25T17:00:00Z", "2027-04-01T16:00:00Z");
    List<String> ids =
        view.getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("id"))
            .toList();

    List<JsonObject> listed =
        api.get(
                "api/v1/webinars/sessions?kind=OFFICE_HOURS&from=2027-03-18T00:00:00Z"
                    + "&to=2027-04-02T00:00:00Z",
                member(unique("wb-reader")))
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(listed.stream().filter(s -> ids.contains(s.getString("id"))))
        .hasSize(3)
        .allSatisfy(
            s -> {
              assertThat(s.getInt("capacity")).isEqualTo(12);
              assertThat(s.getInt("seatsLeft")).isEqualTo(12);
              assertThat(s.getString("hostId")).isEqualTo(mentorId);
              assertThat(s.getString("kind")).isEqualTo("OFFICE_HOURS");
              assertThat(s.getString("webinarId")).isEqualTo(view.getString("id"));
            });
    assertProblem(api.get("api/v1/webinars/sessions?kind=CONCERT", mentor), 400, "kind");
    assertProblem(api.get("api/v1/webinars/sessions?from=yesterday", mentor), 400, "from");

    // Edit one occurrence, cancel the rest of the series.
    Api.Reply renamed =
        api.send(
            "PATCH",
            "api/v1/webinars/sessions/" + ids.get(0),
            mentor,
            "application/json",
            "{\"title\": \"Pricing clinic (special)\", \"startsAt\": \"2027-03-18T18:00\"}",
            Map.of());
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(renamed.jsonArray().getJsonObject(0).getString("startsAt"))
        .isEqualTo("2027-03-18T18:00:00Z");
    Api.Reply cancelled =
        api.send(
            "DELETE",
            "api/v1/webinars/sessions/" + ids.get(1) + "?scope=following",
            mentor,
            null,
            null,
            Map.of());
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.jsonArray().getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("status"))
        .containsExactly("CANCELLED", "CANCELLED");
    assertProblem(
        api.send(
            "DELETE",
            "api/v1/webinars/sessions/" + ids.get(0),
            member(unique("x")),
            null,
            null,
            Map.of()),
        403,
        null);

    Api.Reply onboarding =
        api.post(
            "api/v1/webinars",
            admin,
            webinar("Welcome", "ONBOARDING", "2027-03-18T10:00", 60, null, 100)
                .replace("\"capacity\"", "\"hostId\": \"" + mentorId + "\", \"capacity\""));
    assertThat(onboarding.status()).as(onboarding.toString()).isEqualTo(201);
    assertThat(onboarding.json().getString("hostId")).isEqualTo(mentorId);

    assertProblem(
        api.post(
            "api/v1/webinars",
            admin,
            series.replace("\"capacity\"", "\"hostId\": \"nobody-here\", \"capacity\"")),
        400,
        "hostId");
    assertProblem(
        api.post("api/v1/webinars", mentor, series.replace("FREQ=WEEKLY", "FREQ=SOMETIMES")),
        400,
        "recurrence");
    assertProblem(
        api.post("api/v1/webinars", mentor, series.replace("Pricing clinic", " ")), 400, "title");
    assertProblem(
        api.post("api/v1/webinars", mentor, series.replace("2027-03-18T17:00", "2020-01-01T17:00")),
        400,
        "startsAt");
    assertProblem(api.post("api/v1/webinars/sessions/nope/registrations", mentor, ""), 404, null);

    assertThat(api.get("/openapi", null).body())
        .contains("/api/v1/webinars/sessions/{id}/join", "/api/v1/webhooks/jitsi");
  }

  @Test
  void fiftyConcurrentRegistrationsForTenSeatsAndCancellationPromotesTheFirstWaitlisted()
      throws Exception {
    Api api = new Api(base);
    String mentor = mentor(unique("wb-host"));
    String session = officeHour(api, mentor, Duration.ofMinutes(5), 10);
    String path = "api/v1/webinars/sessions/" + session + "/registrations";

    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      tokens.add(member(unique("wb-crowd" + i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (String token : tokens) {
      replies.add(
          pool.submit(
              () -> {
                go.await();
                return api.post(path, token, "");
              }));
    }
    go.countDown();
    List<JsonObject> results = new ArrayList<>();
    for (Future<Api.Reply> reply : replies) {
      Api.Reply r = reply.get();
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      results.add(r.json());
    }
    pool.shutdown();

    assertThat(results.stream().filter(r -> r.getString("status").equals("REGISTERED")))
        .hasSize(10);
    assertThat(
            results.stream()
                .filter(r -> r.getString("status").equals("WAITLISTED"))
                .map(r -> r.getInt("position"))
                .sorted()
                .toList())
        .hasSize(40)
        .isEqualTo(IntStream.rangeClosed(1, 40).boxed().toList());
    JsonObject listed = sessionById(api, mentor, session);
    assertThat(listed.getInt("seatsLeft")).isZero();

    String registered = tokens.get(indexOf(results, "REGISTERED", 0));
    String firstWaiting = tokens.get(indexOf(results, "WAITLISTED", 1));
    String secondWaiting = tokens.get(indexOf(results, "WAITLISTED", 2));
    assertThat(api.send("DELETE", path, registered, null, null, Map.of()).status()).isEqualTo(204);
    assertThat(api.post(path, firstWaiting, "").json().getString("status")).isEqualTo("REGISTERED");
    JsonObject moved = api.post(path, secondWaiting, "").json();
    assertThat(moved.getString("status")).isEqualTo("WAITLISTED");
    assertThat(moved.getInt("position")).isEqualTo(1);
    assertThat(sessionById(api, mentor, session).getInt("seatsLeft")).isZero();
    assertProblem(api.send("DELETE", path, registered, null, null, Map.of()), 404, null);

    assertThat(api.get(path.replace("registrations", "join"), firstWaiting).status())
        .as("the promoted member may join")
        .isEqualTo(200);
    assertProblem(api.get(path.replace("registrations", "join"), secondWaiting), 403, null);
  }

  @Test
  void joinLinksOnlyInsideTheWindowWithModeratorForTheHost() throws Exception {
    Api api = new Api(base);
    String hostId = unique("wb-host");
    String host = mentor(hostId);
    String attendeeId = unique("wb-attendee");
    String attendee = member(attendeeId);
    String stranger = member(unique("wb-stranger"));
    String now = officeHour(api, host, Duration.ofMinutes(5), 10);
    String later = officeHour(api, host, Duration.ofHours(2), 10);
    assertThat(
            api.post("api/v1/webinars/sessions/" + now + "/registrations", attendee, "").status())
        .isEqualTo(200);
    assertThat(
            api.post("api/v1/webinars/sessions/" + later + "/registrations", attendee, "").status())
        .isEqualTo(200);

    JsonObject hostLink = api.get("api/v1/webinars/sessions/" + now + "/join", host).json();
    assertThat(hostLink.getBoolean("moderator")).isTrue();
    Api.Reply attendeeReply = api.get("api/v1/webinars/sessions/" + now + "/join", attendee);
    assertThat(attendeeReply.status()).as(attendeeReply.toString()).isEqualTo(200);
    JsonObject attendeeLink = attendeeReply.json();
    assertThat(attendeeLink.getBoolean("moderator")).isFalse();

    URI url = URI.create(attendeeLink.getString("url"));
    assertThat(url.getHost()).isEqualTo("8x8.vc");
    String room = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
    assertThat(room).as("unguessable room name").matches("office-hour-[a-z2-7]{26}");
    JWSObject token = JWSObject.parse(url.getQuery().substring("jwt=".length()));
    assertThat(token.verify(new RSASSAVerifier(jitsiPublicKey()))).isTrue();
    assertThat(token.getHeader().getKeyID()).isEqualTo("vpaas-magic-cookie-it0000/it-key");
    Map<String, Object> claims = token.getPayload().toJSONObject();
    assertThat(claims).containsEntry("room", room).containsEntry("aud", "jitsi");
    assertThat(claims.get("sub")).isEqualTo("vpaas-magic-cookie-it0000");
    @SuppressWarnings("unchecked")
    Map<String, Object> user =
        (Map<String, Object>) ((Map<String, Object>) claims.get("context")).get("user");
    assertThat(user).containsEntry("id", attendeeId).containsEntry("moderator", "false");
    assertThat(Instant.parse(attendeeLink.getString("expiresAt")))
        .isEqualTo(Instant.ofEpochSecond(((Number) claims.get("exp")).longValue()));

    String hostToken = URI.create(hostLink.getString("url")).getQuery().substring(4);
    @SuppressWarnings("unchecked")
    Map<String, Object> hostUser =
        (Map<String, Object>)
            ((Map<String, Object>)
                    JWSObject.parse(hostToken).getPayload().toJSONObject().get("context"))
                .get("user");
    assertThat(hostUser).containsEntry("id", hostId).containsEntry("moderator", "true");

    assertProblem(api.get("api/v1/webinars/sessions/" + now + "/join", stranger), 403, null);
    Api.Reply tooEarly = api.get("api/v1/webinars/sessions/" + later + "/join", attendee);
    assertProblem(tooEarly, 409, null);
    assertThat(tooEarly.json().getString("detail")).contains("opens for joining at");
    assertThat(tooEarly.header("Retry-After")).isPresent();
    assertProblem(api.get("api/v1/webinars/sessions/unknown/join", attendee), 404, null);
  }

  @Test
  void signedWebhooksBecomeAttendanceOnceAndRecordingsAreCopied() {
    Api api = new Api(base);
    String hostId = unique("wb-host");
    String host = mentor(hostId);
    String early = unique("wb-early");
    String late = unique("wb-late");
    String absent = unique("wb-absent");
    Instant start = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
    Api.Reply created =
        api.post(
            "api/v1/webinars",
            host,
            webinar("Office hour", "OFFICE_HOURS", start.toString(), 60, null, 10));
    String session = created.json().getJsonArray("sessions").getJsonObject(0).getString("id");
    for (String id : List.of(early, late, absent)) {
      assertThat(
              api.post("api/v1/webinars/sessions/" + session + "/registrations", member(id), "")
                  .status())
          .isEqualTo(200);
    }
    String url =
        api.get("api/v1/webinars/sessions/" + session + "/join", host).json().getString("url");
    String room =
        URI.create(url).getPath().substring(URI.create(url).getPath().lastIndexOf('/') + 1);

    String joinEarly = participantEvent("PARTICIPANT_JOINED", room, early, "c1", start);
    Api.Reply forged =
        api.send(
            "POST",
            "api/v1/webhooks/jitsi",
            null,
            "application/json",
            joinEarly,
            Map.of("X-Jaas-Signature", "t=" + Instant.now().getEpochSecond() + ",v1=AAAA"));
    assertProblem(forged, 401, null);
    assertProblem(
        api.send("POST", "api/v1/webhooks/jitsi", null, "application/json", joinEarly, Map.of()),
        401,
        null);
    // The receiver is a servlet of its own; it answers the rest of the contract like any resource.
    Api.Reply wrongMethod = api.get("api/v1/webhooks/jitsi", null);
    assertProblem(wrongMethod, 405, null);
    assertThat(wrongMethod.header("Allow")).contains("POST");
    String notAnEvent = "{\"eventType\": ";
    assertProblem(postSigned(api, notAnEvent), 400, "body");
    String oversized = "{\"pad\":\"" + "x".repeat(70_000) + "\"}";
    assertProblem(postSigned(api, oversized), 413, null);

    // Out of order: the leave arrives before the join; the early member stays 40 minutes.
    assertThat(
            deliver(
                api,
                participantEvent(
                    "PARTICIPANT_LEFT", room, early, "c1", start.plus(Duration.ofMinutes(40)))))
        .isEqualTo("APPLIED");
    assertThat(deliver(api, joinEarly)).isEqualTo("APPLIED");
    assertThat(deliver(api, joinEarly)).as("same idempotency key").isEqualTo("DUPLICATE");
    deliver(
        api,
        participantEvent(
            "PARTICIPANT_JOINED", room, late, "c2", start.plus(Duration.ofMinutes(30))));
    deliver(
        api,
        participantEvent(
            "PARTICIPANT_JOINED", room, null, "g1", start.plus(Duration.ofMinutes(0))));
    deliver(
        api,
        participantEvent("PARTICIPANT_LEFT", room, null, "g1", start.plus(Duration.ofMinutes(10))));
    deliver(
        api,
        envelope(
            "ROOM_DESTROYED", room, start.plus(Duration.ofMinutes(50)), "{\"isBreakout\": false}"));

    Api.Reply report = api.get("api/v1/webinars/sessions/" + session + "/attendance", host);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    Map<String, JsonObject> byMember = new HashMap<>();
    JsonObject guest = null;
    for (JsonObject line : report.jsonArray().getValuesAs(JsonObject.class)) {
      if (line.getBoolean("guest")) {
        guest = line;
      } else {
        byMember.put(line.getString("memberId"), line);
      }
    }
    assertThat(byMember.get(early).getInt("minutes")).isEqualTo(40);
    assertThat(byMember.get(early).getBoolean("attended")).isTrue();
    assertThat(byMember.get(late).getInt("minutes")).as("closed by the room's end").isEqualTo(20);
    assertThat(byMember.get(late).getBoolean("attended")).isFalse();
    assertThat(byMember.get(absent).getInt("minutes")).isZero();
    assertThat(guest).isNotNull();
    assertThat(guest.getInt("minutes")).isEqualTo(10);
    assertThat(guest.get("memberId")).isIn(null, JsonValue.NULL);

    Api.Reply csv =
        api.send(
            "GET",
            "api/v1/webinars/sessions/" + session + "/attendance",
            host,
            null,
            null,
            Map.of("Accept", "text/csv"));
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body().lines().toList())
        .first()
        .isEqualTo("memberId,name,minutes,attended,guest");
    assertThat(csv.body()).contains(early + ",Test " + early + ",40,true,false");
    assertProblem(
        api.get("api/v1/webinars/sessions/" + session + "/attendance", member(early)), 403, null);

    String recordingBody =
        envelope(
            "RECORDING_UPLOADED",
            room,
            start.plus(Duration.ofMinutes(55)),
            "{\"preAuthenticatedLink\": \""
                + api.base().resolve("/health/live")
                + "\", \"share\": true, \"durationSec\": 3000, \"recordingSessionId\": \"rec-1\"}");
    assertThat(deliver(api, recordingBody)).isEqualTo("APPLIED");
    String recordings = "api/v1/webinars/sessions/" + session + "/recordings";
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        api.get(recordings, member(early))
                            .jsonArray()
                            .getJsonObject(0)
                            .getString("status"))
                    .isEqualTo("COPIED"));
    JsonObject recording = api.get(recordings, member(early)).jsonArray().getJsonObject(0);
    Api.Reply file = api.get(recording.getString("downloadUrl"), member(early));
    assertThat(file.status()).as(file.toString()).isEqualTo(200);
    assertThat(file.body()).contains("UP");
    assertProblem(api.get(recordings, member(unique("wb-outsider"))), 403, null);
  }

  @Test
  void copiesOfDeliveriesSentAtOnceAreAppliedOnce() throws Exception {
    Api api = new Api(base);
    String host = mentor(unique("wb-host"));
    String session = officeHour(api, host, Duration.ofMinutes(5), 10);
    String attendee = unique("wb-copies");
    api.post("api/v1/webinars/sessions/" + session + "/registrations", member(attendee), "");
    String url =
        api.get("api/v1/webinars/sessions/" + session + "/join", host).json().getString("url");
    String room =
        URI.create(url).getPath().substring(URI.create(url).getPath().lastIndexOf('/') + 1);
    Instant start = Instant.parse(sessionById(api, host, session).getString("startsAt"));
    String join = participantEvent("PARTICIPANT_JOINED", room, attendee, "c1", start);
    String leave =
        participantEvent(
            "PARTICIPANT_LEFT", room, attendee, "c1", start.plus(Duration.ofMinutes(20)));

    // Eight copies of each at once: the copies race for the key, and the participant's two
    // first events race to create their attendance row.
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        String body = i % 2 == 0 ? join : leave;
        outcomes.add(
            pool.submit(
                () -> {
                  go.await();
                  return deliver(api, body);
                }));
      }
      go.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get());
      }
      assertThat(results).filteredOn("APPLIED"::equals).hasSize(2);
      assertThat(results).filteredOn("DUPLICATE"::equals).hasSize(14);
    } finally {
      pool.shutdownNow();
    }
    JsonObject line =
        api
            .get("api/v1/webinars/sessions/" + session + "/attendance", host)
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(l -> attendee.equals(l.getString("memberId", null)))
            .findFirst()
            .orElseThrow();
    assertThat(line.getInt("minutes")).isEqualTo(20);
  }

  @Test
  void calendarFeedListsRegisteredSessionsAndTellsOfCancellations() throws Exception {
    Api api = new Api(base);
    String host = mentor(unique("wb-host"));
    String attendee = member(unique("wb-cal"));
    String session = officeHour(api, host, Duration.ofDays(3), 10);
    api.post("api/v1/webinars/sessions/" + session + "/registrations", attendee, "");
    String feedUrl = api.get("api/v1/me", attendee).json().getString("calendarFeedUrl");

    VEvent event = onlyEvent(api, feedUrl);
    assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(session + "@mentorhub");
    assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
    assertThat(event.getSequence().getSequenceNo()).isZero();
    assertThat(event.getAlarms()).hasSize(2);

    api.send("DELETE", "api/v1/webinars/sessions/" + session, host, null, null, Map.of());
    VEvent cancelled = onlyEvent(api, feedUrl);
    assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(1);

    Api.Reply regenerated = api.post("api/v1/me/calendar-feed/regenerate", attendee, "");
    assertThat(regenerated.status()).as(regenerated.toString()).isEqualTo(200);
    String newUrl = regenerated.json().getString("calendarFeedUrl");
    assertThat(newUrl).isNotEqualTo(feedUrl).endsWith(".ics");
    assertThat(api.get(newUrl, null).status()).isEqualTo(200);
    assertProblem(api.get(feedUrl, null), 404, null);
  }

  private static VEvent onlyEvent(Api api, String feedUrl) throws Exception {
    Api.Reply feed = api.get(feedUrl, null);
    assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
    assertThat(feed.contentType()).startsWith("text/calendar");
    List<VEvent> events =
        new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static JsonObject sessionById(Api api, String token, String id) {
    return api
        .get("api/v1/webinars/sessions", token)
        .jsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** The index of the n-th (1-based; 0 = any first) result with the status, by position. */
  private static int indexOf(List<JsonObject> results, String status, int position) {
    for (int i = 0; i < results.size(); i++) {
      JsonObject r = results.get(i);
      if (r.getString("status").equals(status)
          && (position == 0 || r.getInt("position") == position)) {
        return i;
      }
    }
    throw new AssertionError("no " + status + " at " + position);
  }

  private static String participantEvent(
      String type, String room, String memberId, String connection, Instant at) {
    String data =
        "{\"name\": \"%s\", \"id\": %s, \"participantId\": \"%s\", \"moderator\": \"false\", \"isBreakout\": false}"
            .formatted(
                memberId == null ? "Walk-in guest" : "Test " + memberId,
                memberId == null ? "null" : "\"" + memberId + "\"",
                connection);
    return envelope(type, room, at, data);
  }

  private static String envelope(String type, String room, Instant at, String data) {
    return """
        {"idempotencyKey": "%s", "customerId": "it", "appId": "vpaas-magic-cookie-it0000",
         "eventType": "%s", "sessionId": "s-1", "timestamp": %d,
         "fqn": "vpaas-magic-cookie-it0000/%s", "data": %s}
        """
        .formatted(UUID.randomUUID(), type, at.toEpochMilli(), room, data);
  }

  /** Posts a webhook signed as JaaS would; returns APPLIED or DUPLICATE. */
  private static String deliver(Api api, String body) {
    Api.Reply reply = postSigned(api, body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getString("outcome");
  }

  /** Posts {@code body} to the webhook receiver, signed as JaaS signs it. */
  private static Api.Reply postSigned(Api api, String body) {
    return api.send(
        "POST",
        "api/v1/webhooks/jitsi",
        null,
        "application/json",
        body,
        Map.of("X-Jaas-Signature", sign(body)));
  }

  private static String sign(String body) {
    try {
      long t = Instant.now().getEpochSecond();
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              System.getenv("MENTORHUB_JITSI_WEBHOOK_SECRET").getBytes(StandardCharsets.UTF_8),
              "HmacSHA256"));
      byte[] signature = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",v1=" + Base64.getEncoder().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAPublicKey jitsiPublicKey() throws Exception {
    Path key =
        Path.of(System.getenv("MENTORHUB_JITSI_PRIVATE_KEY")).resolveSibling("jitsi-public.pem");
    return PemKeys.publicKey(Files.readString(key));
  }
}

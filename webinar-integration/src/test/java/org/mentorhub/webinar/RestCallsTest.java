package org.mentorhub.webinar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestCallsTest {

  private static final String APP_ID = "vpaas-magic-cookie-1fc542a3e4414a44b2611668195e2bfe";
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final String BAN_PATH =
      "/v1/_jaas/jaccess/v1/access-management/" + APP_ID + "/ban/user/member-42";
  private static final String COMMAND_PATH = "/v1/_jaas/conference-commands/v1/meeting";
  private static final String CONFERENCE = "webinar-1@conference." + APP_ID + ".8x8.vc";
  // Short enough to keep the timeout tests quick, long enough that a first request on a loaded
  // machine (cold JIT, WireMock warming up) does not time out in the tests that expect an answer.
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(1000);
  private static final int SLOWER_THAN_TIMEOUT_MILLIS = 3000;

  /** Makes every jittered wait exactly three quarters of its exponential bound. */
  private static final RandomGenerator MIDDLE_JITTER =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return 0;
        }

        @Override
        public double nextDouble() {
          return 0.5;
        }
      };

  private static WireMockServer server;

  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void resetServer() {
    server.resetAll();
  }

  private <B extends ClientBuilder<B>> B common(B builder, int maxAttempts) {
    return builder
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
        .requestTimeout(SHORT_TIMEOUT)
        .retryPolicy(new RetryPolicy(maxAttempts, Duration.ofMillis(100), Duration.ofSeconds(1)))
        .sleeper(sleeps::add)
        .jitter(MIDDLE_JITTER);
  }

  private JaasClient jaas() {
    return common(JitsiClient.jaas(), 4)
        .appId(APP_ID)
        .keyId("4f4910")
        .privateKeyPem(TestKeys.pkcs8Pem(TestKeys.RSA.getPrivate()))
        .apiBaseUri(URI.create(server.baseUrl()))
        .build();
  }

  private SelfHostedJitsiClient selfHosted(RetryPolicy retryPolicy) {
    return common(JitsiClient.selfHosted(), 1)
        .retryPolicy(retryPolicy)
        .domain("meet.example.org")
        .appId("mentorhub")
        .appSecret("0123456789abcdef0123456789abcdef")
        .roomSizeEndpoint(URI.create(server.baseUrl() + "/room-size"))
        .build();
  }

  private SelfHostedJitsiClient selfHosted(int maxAttempts) {
    return selfHosted(new RetryPolicy(maxAttempts, Duration.ofMillis(100), Duration.ofSeconds(1)));
  }

  private static String bearerToken(LoggedRequest request) {
    return request.getHeader("Authorization").substring("Bearer ".length());
  }

  @Test
  void banUserPostsToAccessManagementWithAnAdminToken() {
    server.stubFor(post(BAN_PATH).willReturn(aResponse().withStatus(200)));

    jaas().banUser("member-42");

    List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(BAN_PATH)));
    assertThat(requests).hasSize(1);
    DecodedJwt admin = DecodedJwt.decode(bearerToken(requests.get(0)));
    assertThat(admin.verifiesWithRsa(TestKeys.RSA.getPublic())).isTrue();
    assertThat(admin.header()).containsEntry("kid", APP_ID + "/4f4910");
    assertThat(admin.claims())
        .containsEntry("admin", true)
        .containsEntry("aud", "jitsi")
        .containsEntry("iss", "chat")
        .containsEntry("sub", APP_ID)
        .containsEntry("nbf", NOW.minusSeconds(30).getEpochSecond())
        .containsEntry("exp", NOW.plusSeconds(300).getEpochSecond());
  }

  @Test
  void kickParticipantSendsTheConferenceCommand() {
    server.stubFor(post(COMMAND_PATH).willReturn(aResponse().withStatus(200)));

    jaas().kickParticipant("webinar-1", "f0aa9e1e");

    server.verify(
        postRequestedFor(urlPathEqualTo(COMMAND_PATH))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    "{\"action\":\"KICK_PARTICIPANT\",\"payload\":{\"conferenceFullName\":\""
                        + CONFERENCE
                        + "\",\"participantId\":\"f0aa9e1e\"}}")));
  }

  @Test
  void endMeetingSendsDestroy() {
    server.stubFor(post(COMMAND_PATH).willReturn(aResponse().withStatus(200)));

    jaas().endMeeting("webinar-1");

    server.verify(
        postRequestedFor(urlPathEqualTo(COMMAND_PATH))
            .withRequestBody(
                equalToJson(
                    "{\"action\":\"DESTROY\",\"payload\":{\"conferenceFullName\":\""
                        + CONFERENCE
                        + "\"}}")));
  }

  @Test
  void postIsNeverRetriedEvenOnServerError() {
    server.stubFor(
        post(COMMAND_PATH).willReturn(aResponse().withStatus(503).withBody("try later")));

    assertThatThrownBy(() -> jaas().kickParticipant("webinar-1", "f0aa9e1e"))
        .isInstanceOfSatisfying(
            JitsiApiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(503);
              assertThat(e.responseBody()).isEqualTo("try later");
            });
    server.verify(1, postRequestedFor(urlPathEqualTo(COMMAND_PATH)));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void postClientErrorIsReportedWithStatusAndBody() {
    server.stubFor(post(BAN_PATH).willReturn(aResponse().withStatus(403).withBody("no admin")));

    assertThatThrownBy(() -> jaas().banUser("member-42"))
        .isInstanceOfSatisfying(
            JitsiApiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(403);
              assertThat(e.responseBody()).isEqualTo("no admin");
              assertThat(e.getMessage()).doesNotContain("Bearer");
            });
    server.verify(1, postRequestedFor(urlPathEqualTo(BAN_PATH)));
  }

  @Test
  void postTimeoutIsATransportFailureAfterOneAttempt() {
    server.stubFor(
        post(BAN_PATH).willReturn(aResponse().withFixedDelay(SLOWER_THAN_TIMEOUT_MILLIS)));

    assertThatThrownBy(() -> jaas().banUser("member-42"))
        .isInstanceOf(JitsiTransportException.class)
        .hasCauseInstanceOf(HttpTimeoutException.class);
    server.verify(1, postRequestedFor(urlPathEqualTo(BAN_PATH)));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void roomSizeReadsTheParticipantCountForTheLowercasedRoom() {
    server.stubFor(
        get(urlPathEqualTo("/room-size"))
            .withQueryParam("room", equalTo("webinar-1"))
            .withQueryParam("domain", equalTo("meet.example.org"))
            .willReturn(aResponse().withStatus(200).withBody("{\"participants\":3}")));

    assertThat(selfHosted(3).participantCount("Webinar-1")).hasValue(3);
  }

  @Test
  void roomSizeOfARoomNobodyOpenedIsEmptyAndNotRetried() {
    server.stubFor(get(urlPathEqualTo("/room-size")).willReturn(aResponse().withStatus(404)));

    assertThat(selfHosted(3).participantCount("webinar-1")).isEqualTo(OptionalInt.empty());
    server.verify(1, getRequestedFor(urlPathEqualTo("/room-size")));
  }

  @Test
  void getClientErrorIsNotRetried() {
    server.stubFor(
        get(urlPathEqualTo("/room-size")).willReturn(aResponse().withStatus(403).withBody("no")));

    assertThatThrownBy(() -> selfHosted(3).participantCount("webinar-1"))
        .isInstanceOfSatisfying(
            JitsiApiException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    server.verify(1, getRequestedFor(urlPathEqualTo("/room-size")));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void getServerErrorIsRetriedUpToTheCapWithJitteredExponentialBackoff() {
    server.stubFor(
        get(urlPathEqualTo("/room-size"))
            .willReturn(aResponse().withStatus(502).withBody("bad gateway")));

    assertThatThrownBy(() -> selfHosted(4).participantCount("webinar-1"))
        .isInstanceOfSatisfying(
            JitsiApiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(502);
              assertThat(e.responseBody()).isEqualTo("bad gateway");
            });
    server.verify(4, getRequestedFor(urlPathEqualTo("/room-size")));
    assertThat(sleeps)
        .containsExactly(Duration.ofMillis(75), Duration.ofMillis(150), Duration.ofMillis(300));
  }

  @Test
  void backoffNeverExceedsTheMaximum() {
    server.stubFor(get(urlPathEqualTo("/room-size")).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(
            () ->
                selfHosted(new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(300)))
                    .participantCount("webinar-1"))
        .isInstanceOf(JitsiApiException.class);
    assertThat(sleeps)
        .containsExactly(
            Duration.ofMillis(75),
            Duration.ofMillis(150),
            Duration.ofMillis(225),
            Duration.ofMillis(225),
            Duration.ofMillis(225));
  }

  @Test
  void getRecoversWhenARetrySucceeds() {
    server.stubFor(
        get(urlPathEqualTo("/room-size"))
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    server.stubFor(
        get(urlPathEqualTo("/room-size"))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withStatus(200).withBody("{\"participants\":12}")));

    assertThat(selfHosted(3).participantCount("webinar-1")).hasValue(12);
    server.verify(2, getRequestedFor(urlPathEqualTo("/room-size")));
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void getTimeoutsAreRetriedThenReportedAsTransportFailure() {
    server.stubFor(
        get(urlPathEqualTo("/room-size"))
            .willReturn(
                aResponse()
                    .withFixedDelay(SLOWER_THAN_TIMEOUT_MILLIS)
                    .withBody("{\"participants\":1}")));

    assertThatThrownBy(() -> selfHosted(2).participantCount("webinar-1"))
        .isInstanceOf(JitsiTransportException.class)
        .hasCauseInstanceOf(HttpTimeoutException.class)
        .hasMessageContaining("2 attempt");
    server.verify(2, getRequestedFor(urlPathEqualTo("/room-size")));
    assertThat(sleeps).containsExactly(Duration.ofMillis(75));
  }

  @Test
  void unexpectedRoomSizeAnswerIsAnError() {
    server.stubFor(
        get(urlPathEqualTo("/room-size"))
            .willReturn(aResponse().withStatus(200).withBody("{\"occupants\":3}")));

    assertThatThrownBy(() -> selfHosted(1).participantCount("webinar-1"))
        .isInstanceOf(JitsiException.class)
        .hasMessageContaining("Unexpected answer");
  }
}

package org.mentorhub.bench.webinars;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mentorhub.webinar.JaasClient;
import org.mentorhub.webinar.JitsiClient;
import org.mentorhub.webinar.JitsiUser;
import org.mentorhub.webinar.JoinLink;
import org.mentorhub.webinar.JoinRequest;
import org.mentorhub.webinar.WebhookEvent;
import org.mentorhub.webinar.WebhookVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bare cost of what a join and a webhook need, without HTTP or the database: signing one JaaS
 * join link (RS256, 2048-bit key) and verifying plus parsing one signed webhook.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JoinTokenBenchmark {

  private static final String SECRET = "whsec_benchmark_secret_0123456789";

  private JaasClient client;
  private JoinRequest request;
  private WebhookVerifier verifier;
  private byte[] webhookBody;
  private String webhookSignature;

  @Setup
  public void setUp() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder()
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    client =
        JitsiClient.jaas().appId("vpaas-magic-cookie-bench").keyId("k1").privateKeyPem(pem).build();
    Instant now = Instant.now();
    request =
        new JoinRequest(
            "office-hour-k2mxq7d4vbn3a6tyh5wc2rj4ue",
            new JitsiUser("member-42", "Ada Mentee", "ada@example.org", null),
            false,
            now.minus(Duration.ofMinutes(15)),
            now.plus(Duration.ofHours(2)));

    verifier = JitsiClient.webhookVerifier().secret(SECRET).build();
    webhookBody =
        ("{\"idempotencyKey\":\"k-1\",\"appId\":\"vpaas-magic-cookie-bench\","
                + "\"eventType\":\"PARTICIPANT_JOINED\",\"timestamp\":"
                + now.toEpochMilli()
                + ",\"fqn\":\"vpaas-magic-cookie-bench/room\",\"data\":{\"id\":\"member-42\","
                + "\"name\":\"Ada\",\"participantId\":\"p1\",\"moderator\":\"false\"}}")
            .getBytes(StandardCharsets.UTF_8);
    long t = now.getEpochSecond();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
    webhookSignature =
        "t=" + t + ",v1=" + Base64.getEncoder().encodeToString(mac.doFinal(webhookBody));
  }

  @Benchmark
  public JoinLink mintJoinLink() {
    return client.joinLink(request);
  }

  @Benchmark
  public WebhookEvent verifyAndParseWebhook() {
    return verifier.verifyAndParse(webhookSignature, webhookBody);
  }
}

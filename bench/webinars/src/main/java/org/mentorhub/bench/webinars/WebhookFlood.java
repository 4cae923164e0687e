package org.mentorhub.bench.webinars;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook ingestion: signed join and leave events for several sessions, shuffled (out of order)
 * with a share of repeated deliveries, then a check that every member's minutes are exactly what
 * the events say (nothing lost, nothing counted twice).
 *
 * <p>Usage: {@code WebhookFlood <context root> <webhook secret> [sessions=4] [members=250]
 * [duplicate share=0.1] [concurrency=50] [client=keep-alive|jdk]} against a plugin in dev mode
 * configured with the secret. A first, smaller flood on sessions of its own warms the server's code
 * paths up (the JIT), so the measured one reports a running server, not a cold one.
 *
 * <p>The server shares the machine with this client, so the client is kept light: every body is
 * signed before the clock starts and {@code keep-alive} (the default) writes pre-encoded requests
 * on one open HTTP/1.1 connection per concurrent sender ({@link KeepAliveSender}). {@code jdk}
 * sends through {@code java.net.http.HttpClient} and signs each request as it goes, as the first
 * version of this benchmark did, so old figures can be reproduced.
 */
public final class WebhookFlood {

  private WebhookFlood() {}

  /** One signed delivery as JaaS would send it. */
  private record Delivery(String body) {}

  public static void main(String[] args) throws Exception {
    PluginClient client = new PluginClient(args[0]);
    String secret = args[1];
    int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int members = args.length > 3 ? Integer.parseInt(args[3]) : 250;
    double duplicateShare = args.length > 4 ? Double.parseDouble(args[4]) : 0.1;
    int concurrency = args.length > 5 ? Integer.parseInt(args[5]) : 50;
    boolean keepAlive = args.length <= 6 || !args[6].equals("jdk");
    boolean ok =
        flood(client, secret, "warm-up", 2, members, duplicateShare, concurrency, keepAlive);
    ok &=
        flood(
            client, secret, "measured", sessions, members, duplicateShare, concurrency, keepAlive);
    if (!ok) {
      System.exit(1);
    }
  }

  /** One flood on fresh sessions; false when attendance came out wrong. */
  @SuppressWarnings("unchecked")
  private static boolean flood(
      PluginClient client,
      String secret,
      String label,
      int sessions,
      int members,
      double duplicateShare,
      int concurrency,
      boolean keepAlive) {
    String run = UUID.randomUUID().toString().substring(0, 6);
    Random random = new Random(20261123);

    String host = client.devToken("bench-host-" + run, "[\"member\",\"mentor\"]");
    List<Delivery> deliveries = new ArrayList<>();
    Map<String, Map<String, Long>> expected = new HashMap<>();
    for (int s = 0; s < sessions; s++) {
      String session = client.officeHour(host, Duration.ofMinutes(5), members);
      String path = "api/v1/webinars/sessions/" + session;
      String url =
          (String)
              client
                  .send("GET", path + "/join", host, null, Map.of())
                  .expect(200)
                  .json()
                  .get("url");
      String room =
          URI.create(url).getPath().substring(URI.create(url).getPath().lastIndexOf('/') + 1);
      Instant start = startOf(client, host, session);
      int sessionIndex = s;
      List<String> ids =
          Parallel.run(
              members,
              16,
              i -> {
                String id = "bench-" + run + "-" + sessionIndex + "-" + i;
                String token = client.devToken(id, "[\"member\"]");
                client.send("POST", path + "/registrations", token, "", Map.of()).expect(200);
                return id;
              });
      Map<String, Long> minutes = new HashMap<>();
      for (String id : ids) {
        int joined = random.nextInt(20);
        int left = joined + 5 + random.nextInt(60 - joined - 5);
        minutes.put(id, (long) (left - joined));
        deliveries.add(
            event("PARTICIPANT_JOINED", room, id, start.plus(Duration.ofMinutes(joined))));
        deliveries.add(event("PARTICIPANT_LEFT", room, id, start.plus(Duration.ofMinutes(left))));
      }
      expected.put(session, minutes);
    }
    int unique = deliveries.size();
    int duplicates = (int) Math.round(unique * duplicateShare);
    for (int i = 0; i < duplicates; i++) {
      deliveries.add(deliveries.get(random.nextInt(unique)));
    }
    Collections.shuffle(deliveries, random);

    Latencies latencies = new Latencies(deliveries.size());
    List<String> outcomes;
    long begin;
    long serverCpuBefore;
    if (keepAlive) {
      KeepAliveSender sender = new KeepAliveSender(client.contextRoot());
      URI target = client.contextRoot().resolve("api/v1/webhooks/jitsi");
      List<byte[]> requests = new ArrayList<>(deliveries.size());
      for (Delivery delivery : deliveries) {
        requests.add(
            sender.post(
                target,
                delivery.body(),
                List.<String[]>of(
                    new String[] {"X-Jaas-Signature", sign(secret, delivery.body())})));
      }
      // On stderr, so a profiler can be attached for just the flood (its output stays as it was).
      System.err.println("flood starts: " + label);
      serverCpuBefore = serverCpuMillis();
      begin = System.nanoTime();
      List<KeepAliveSender.Answer> answers = sender.send(requests, concurrency);
      outcomes = new ArrayList<>(answers.size());
      for (KeepAliveSender.Answer answer : answers) {
        if (answer.status() != 200) {
          throw new IllegalStateException(
              "Expected HTTP 200, got " + answer.status() + ": " + answer.body());
        }
        latencies.add(answer.nanos());
        if (answer.body().contains("\"APPLIED\"")) {
          outcomes.add("APPLIED");
        } else if (answer.body().contains("\"DUPLICATE\"")) {
          outcomes.add("DUPLICATE");
        } else {
          throw new IllegalStateException("No outcome in " + answer.body());
        }
      }
    } else {
      serverCpuBefore = serverCpuMillis();
      begin = System.nanoTime();
      outcomes =
          Parallel.run(
              deliveries.size(),
              concurrency,
              i -> {
                String body = deliveries.get(i).body();
                PluginClient.Reply reply =
                    client
                        .send(
                            "POST",
                            "api/v1/webhooks/jitsi",
                            null,
                            body,
                            Map.of("X-Jaas-Signature", sign(secret, body)))
                        .expect(200);
                latencies.add(reply.nanos());
                return (String) reply.json().get("outcome");
              });
    }
    long wall = System.nanoTime() - begin;
    long serverCpu = serverCpuMillis() - serverCpuBefore;
    long applied = outcomes.stream().filter("APPLIED"::equals).count();
    System.out.printf(
        "Webhooks (%s): %d sessions x %d members, %d events + %d repeated deliveries,"
            + " %d concurrent, %s client%n",
        label,
        sessions,
        members,
        unique,
        duplicates,
        concurrency,
        keepAlive ? "keep-alive" : "jdk");
    System.out.println(latencies.summary("webhook deliveries", wall));
    if (serverCpuBefore >= 0) {
      // CPU the server spent, which the other processes on a shared machine do not change the way
      // they change wall time: the figure to compare two builds by.
      System.out.printf(
          Locale.ROOT,
          "server CPU %.2f ms per delivery (%.0f deliveries per CPU-second); %.2f of %d cores busy%n",
          (double) serverCpu / deliveries.size(),
          deliveries.size() * 1000.0 / Math.max(1, serverCpu),
          serverCpu / (wall / 1e6),
          Runtime.getRuntime().availableProcessors());
    }
    System.out.printf(
        "applied %d (expected %d), duplicates recognised %d (expected %d)%n",
        applied, unique, outcomes.size() - applied, duplicates);

    int wrong = 0;
    for (Map.Entry<String, Map<String, Long>> session : expected.entrySet()) {
      List<Object> report =
          client
              .send(
                  "GET",
                  "api/v1/webinars/sessions/" + session.getKey() + "/attendance",
                  host,
                  null,
                  Map.of())
              .expect(200)
              .jsonArray();
      for (Object line : report) {
        Map<String, Object> row = (Map<String, Object>) line;
        Long want = session.getValue().get((String) row.get("memberId"));
        if (want == null || ((Number) row.get("minutes")).longValue() != want) {
          wrong++;
        }
      }
      if (report.size() != session.getValue().size()) {
        wrong += Math.abs(report.size() - session.getValue().size());
      }
    }
    System.out.println(
        wrong == 0 && applied == unique
            ? "attendance: every member's minutes match the events (none lost, none doubled)"
            : "attendance: " + wrong + " members with wrong minutes");
    return wrong == 0 && applied == unique;
  }

  @SuppressWarnings("unchecked")
  private static Instant startOf(PluginClient client, String token, String session) {
    for (Object s :
        client
            .send("GET", "api/v1/webinars/sessions", token, null, Map.of())
            .expect(200)
            .jsonArray()) {
      Map<String, Object> view = (Map<String, Object>) s;
      if (session.equals(view.get("id"))) {
        return Instant.parse((String) view.get("startsAt"));
      }
    }
    throw new IllegalStateException("session " + session + " not listed");
  }

  private static Delivery event(String type, String room, String memberId, Instant at) {
    return new Delivery(
        ("{\"idempotencyKey\":\"%s\",\"appId\":\"vpaas-magic-cookie-dev\",\"eventType\":\"%s\","
                + "\"timestamp\":%d,\"fqn\":\"vpaas-magic-cookie-dev/%s\",\"data\":{\"id\":\"%s\","
                + "\"name\":\"Bench %s\",\"participantId\":\"p-%s\",\"moderator\":\"false\"}}")
            .formatted(
                UUID.randomUUID(),
                type,
                at.truncatedTo(ChronoUnit.MILLIS).toEpochMilli(),
                room,
                memberId,
                memberId,
                memberId));
  }

  /**
   * User plus system CPU time of the server process named by {@code -Dserver.pid}, from {@code
   * /proc}; -1 without it.
   */
  private static long serverCpuMillis() {
    String pid = System.getProperty("server.pid");
    if (pid == null || pid.isBlank()) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 1000 / CLOCK_TICKS;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** USER_HZ, the unit of /proc/PID/stat's times: 100 on Linux. */
  private static final long CLOCK_TICKS = 100;

  private static String sign(String secret, String body) {
    try {
      long t = Instant.now().getEpochSecond();
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",v1=" + Base64.getEncoder().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.mentorhub.bench.webinars;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * The join storm: many registered members ask for their join link at once as a session opens.
 *
 * <p>Usage: {@code JoinStorm <context root> [members=1000] [concurrency=200] [rounds=3] [spread
 * seconds=60]} against a plugin in dev mode. After one uncounted warm-up, each burst round sends
 * every request at once (at most {@code concurrency} in flight) to find the saturated rate; the
 * last round spreads the requests evenly over {@code spread} seconds, as when members open the link
 * during the first minute, still with at most {@code concurrency} in flight.
 */
public final class JoinStorm {

  private JoinStorm() {}

  public static void main(String[] args) {
    PluginClient client = new PluginClient(args[0]);
    int members = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int spreadSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
    String run = UUID.randomUUID().toString().substring(0, 6);

    String host = client.devToken("bench-host-" + run, "[\"member\",\"mentor\"]");
    String session = client.officeHour(host, Duration.ofMinutes(5), members);
    String path = "api/v1/webinars/sessions/" + session;
    List<String> tokens =
        Parallel.run(members, 16, i -> client.devToken("bench-" + run + "-" + i, "[\"member\"]"));
    Parallel.run(
        members,
        16,
        i -> client.send("POST", path + "/registrations", tokens.get(i), "", Map.of()).expect(200));
    System.out.printf(
        "Join storm: %d registered members, %d concurrent, session %s%n",
        members, concurrency, session);

    for (int round = 0; round <= rounds; round++) {
      storm(client, path, tokens, concurrency, 0, round == 0 ? "warm-up" : "burst round " + round);
    }
    if (spreadSeconds > 0) {
      storm(client, path, tokens, concurrency, spreadSeconds, "over " + spreadSeconds + " s");
    }
  }

  private static void storm(
      PluginClient client,
      String path,
      List<String> tokens,
      int concurrency,
      int spreadSeconds,
      String label) {
    int members = tokens.size();
    Latencies latencies = new Latencies(members);
    long start = System.nanoTime();
    long gap = spreadSeconds * 1_000_000_000L / members;
    Parallel.run(
        members,
        concurrency,
        i -> {
          long due = start + i * gap;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
          PluginClient.Reply reply =
              client.send("GET", path + "/join", tokens.get(i), null, Map.of()).expect(200);
          latencies.add(reply.nanos());
          return reply;
        });
    System.out.println(latencies.summary(label, System.nanoTime() - start));
  }
}

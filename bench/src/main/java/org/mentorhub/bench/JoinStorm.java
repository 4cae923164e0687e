package org.mentorhub.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The join storm: many registered members ask for their join link at once as a session opens.
 *
 * <p>Usage: {@code JoinStorm <context root> [members=1000] [concurrency=200] [rounds=3]} against a
 * plugin in dev mode. One warm-up round is not counted.
 */
public final class JoinStorm {

  private JoinStorm() {}

  public static void main(String[] args) {
    PluginClient client = new PluginClient(args[0]);
    int members = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
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
      Latencies latencies = new Latencies(members);
      long start = System.nanoTime();
      Parallel.run(
          members,
          concurrency,
          i -> {
            PluginClient.Reply reply =
                client.send("GET", path + "/join", tokens.get(i), null, Map.of()).expect(200);
            latencies.add(reply.nanos());
            return reply;
          });
      long wall = System.nanoTime() - start;
      System.out.println(latencies.summary(round == 0 ? "warm-up" : "round " + round, wall));
    }
  }
}

package org.mentorhub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Several real Payara Micro nodes running the built WAR on one database, with nginx in front, for
 * the cluster tests: each node is its own process (so it can be killed with SIGKILL and started
 * again on the same data directory), and nginx is configured from the same template {@code
 * script/cluster} uses.
 */
public final class ClusterHarness implements AutoCloseable {

  /** One node: its name, port, data directory and process. */
  public final class Node {
    private final String name;
    private final int port;
    private final Path home;
    private Process process;

    private Node(String name, int port, Path home) {
      this.name = name;
      this.port = port;
      this.home = home;
    }

    public String name() {
      return name;
    }

    /** The node's own base URL, bypassing nginx. */
    public URL base() {
      return url("http://127.0.0.1:" + port + "/mentorhub/");
    }

    public Path log() {
      return home.resolve("server.log");
    }

    /** Starts the node's process; {@link #awaitReady} waits for it. */
    public void start() {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx768m");
      command.add("-XX:+UseSerialGC");
      command.addAll(
          List.of(
              "-jar",
              System.getProperty("mentorhub.it.micro-jar"),
              "--deploy",
              System.getProperty("mentorhub.it.war"),
              "--port",
              String.valueOf(port),
              "--nohazelcast",
              "--disablephonehome",
              "--rootdir",
              home.resolve("payara").toString()));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(settings);
      builder.environment().put("MENTORHUB_CLUSTER_NODE_ID", name);
      builder.environment().put("MENTORHUB_DATA_DIR", home.toString());
      builder.redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
      try {
        Files.createDirectories(home);
        // Payara keeps the last deployment in its root directory and, on the next start, deploys
        // it again beside --deploy's, then undeploys one: readiness checks then hit a WAR that is
        // about to go. Its root directory holds nothing of ours, so each start begins clean.
        deleteTree(home.resolve("payara"));
        process = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start node " + name, e);
      }
    }

    /** Waits until {@code /health/ready} answers 200: the node has caught up with the database. */
    public void awaitReady(Duration atMost) {
      Instant until = Instant.now().plus(atMost);
      while (Instant.now().isBefore(until)) {
        assertThat(process.isAlive())
            .as("node %s died while starting; see %s", name, log())
            .isTrue();
        if (ready()) {
          return;
        }
        sleep(500);
      }
      throw new AssertionError("node " + name + " not ready after " + atMost + "; see " + log());
    }

    /**
     * Payara answers {@code /health/ready} while the WAR is still being deployed: UP with no checks
     * at first, and UP with ours while the REST API may still answer with Payara's own 404 page.
     * Ready is both: our checks UP, and a member's search answered with JSON.
     */
    private boolean ready() {
      String health = body(URI.create("http://127.0.0.1:" + port + "/health/ready"));
      if (health == null || !health.contains("\"search-index\"")) {
        return false;
      }
      HttpResponse<String> search =
          get(
              URI.create("http://127.0.0.1:" + port + "/mentorhub/api/v1/mentors/search?size=1"),
              TestTokens.member("cluster-readiness", "member"));
      return search != null
          && search.statusCode() == 200
          && search.headers().firstValue("Content-Type").orElse("").contains("json");
    }

    /** Ends the process with SIGKILL: no shutdown hooks, no index commit, no goodbye. */
    public void kill() {
      process.destroyForcibly();
      waitFor(process);
    }

    /** Stops the process politely. */
    public void stop() {
      if (process != null && process.isAlive()) {
        process.destroy();
        waitFor(process);
      }
    }

    public String logText() {
      try {
        return Files.readString(log(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }
  }

  private final Path dir;
  private final Map<String, String> settings = new LinkedHashMap<>();
  private final List<Node> nodes = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private Process nginx;
  private int nginxPort;

  /** Nodes keep their files under {@code dir}; {@code settings} is every node's environment. */
  public ClusterHarness(Path dir, Map<String, String> settings) {
    this.dir = dir;
    this.settings.putAll(settings);
  }

  /** Adds a node on a free port; {@link Node#start} starts it. */
  public Node node(String name) {
    Node node = new Node(name, freePort(), dir.resolve(name));
    nodes.add(node);
    return node;
  }

  /** Starts nginx in front of every node added so far. */
  public void startNginx() {
    Path prefix = dir.resolve("nginx");
    nginxPort = freePort();
    try {
      Files.createDirectories(prefix.resolve("tmp"));
      StringBuilder servers = new StringBuilder();
      for (Node n : nodes) {
        servers
            .append("    server 127.0.0.1:")
            .append(n.port)
            .append(" max_fails=1 fail_timeout=5s;\n");
      }
      String template =
          Files.readString(Path.of(System.getProperty("mentorhub.it.nginx-template")));
      boolean root = "root".equals(System.getProperty("user.name"));
      if (root) {
        // nginx's workers drop to nobody when started by root; they write request bodies here.
        new ProcessBuilder("chown", "-R", "nobody", prefix.resolve("tmp").toString())
            .inheritIO()
            .start()
            .waitFor();
      }
      String conf =
          template
              .replace("@USER@", root ? "user nobody nogroup;" : "")
              .replace("@PREFIX@", prefix.toString())
              .replace("@PORT@", String.valueOf(nginxPort))
              .replace("@SERVERS@", servers.toString());
      Path file = prefix.resolve("nginx.conf");
      Files.writeString(file, conf);
      nginx =
          new ProcessBuilder(
                  nginxBinary(),
                  "-p",
                  prefix.toString(),
                  "-c",
                  file.toString(),
                  "-g",
                  "daemon off;")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(prefix.resolve("out.log").toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start nginx", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Instant until = Instant.now().plusSeconds(20);
    while (status(URI.create("http://127.0.0.1:" + nginxPort + "/health/ready")) != 200) {
      assertThat(nginx.isAlive()).as("nginx died; see %s", prefix).isTrue();
      assertThat(Instant.now()).as("nginx answering").isBefore(until);
      sleep(200);
    }
  }

  /** nginx's base URL: requests go to any node. */
  public URL balanced() {
    return url("http://127.0.0.1:" + nginxPort + "/mentorhub/");
  }

  @Override
  public void close() {
    if (nginx != null) {
      nginx.destroy();
      waitFor(nginx);
    }
    nodes.forEach(Node::stop);
  }

  private static String nginxBinary() {
    for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new AssertionError("nginx is not installed (script/test installs Debian's nginx)");
  }

  /** The body of a 200 answer, or null. */
  private String body(URI uri) {
    HttpResponse<String> r = get(uri, null);
    return r != null && r.statusCode() == 200 ? r.body() : null;
  }

  private int status(URI uri) {
    HttpResponse<String> r = get(uri, null);
    return r == null ? -1 : r.statusCode();
  }

  /** A GET with an optional bearer token; null when nothing answers. */
  private HttpResponse<String> get(URI uri, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** A port nothing listens on right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL url(String text) {
    try {
      return URI.create(text).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void waitFor(Process p) {
    try {
      p.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package org.mentorhub.notifications;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A host's webhook endpoint on loopback, in the test JVM: it records every request, checks its
 * signature with its own HMAC computation, and answers as the test says (500, too slowly, or 200).
 */
public final class WebhookReceiver implements AutoCloseable {

  /** How the receiver answers. */
  public enum Mode {
    FAIL,
    HANG,
    OK
  }

  /** One request as received, in arrival order. */
  public record Arrival(
      int index,
      Mode mode,
      String id,
      String type,
      String recipientId,
      JsonObject data,
      String body,
      boolean signatureValid) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final String secret;
  private final List<Arrival> arrivals = new ArrayList<>();
  private volatile Mode mode = Mode.OK;

  public WebhookReceiver(int port, String secret) throws IOException {
    this.secret = secret;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
    server.createContext("/hooks/mentorhub", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  public void mode(Mode mode) {
    this.mode = mode;
  }

  public synchronized List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Mode now = mode;
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String header = exchange.getRequestHeaders().getFirst("X-MentorHub-Signature");
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      json = reader.readObject();
    }
    synchronized (this) {
      arrivals.add(
          new Arrival(
              arrivals.size(),
              now,
              json.getString("id"),
              json.getString("type"),
              json.getString("recipientId"),
              json.getJsonObject("data"),
              body,
              verifies(header, body)));
    }
    try {
      switch (now) {
        case FAIL -> exchange.sendResponseHeaders(500, -1);
        case HANG -> {
          // Longer than the plugin's read timeout in the ITs (1 s): it gives up and retries.
          Thread.sleep(2500);
          exchange.sendResponseHeaders(200, -1);
        }
        case OK -> exchange.sendResponseHeaders(204, -1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException clientGone) {
      // The plugin stopped waiting; that is the point of HANG.
    } finally {
      exchange.close();
    }
  }

  /** The host's side of the scheme: t=<seconds>,v1=<base64 HMAC-SHA256 of "t." + body>. */
  private boolean verifies(String header, String body) {
    if (header == null || !header.matches("t=\\d+,v1=[A-Za-z0-9+/=]+")) {
      return false;
    }
    String t = header.substring(2, header.indexOf(','));
    String v1 = header.substring(header.indexOf(",v1=") + 4);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
      return java.security.MessageDigest.isEqual(expected, Base64.getDecoder().decode(v1));
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

package org.mentorhub.bench.webinars;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Calls a running plugin over HTTP the way the host site and JaaS would. */
final class PluginClient {

  /** A response with the time it took. */
  record Reply(int status, String body, long nanos) {
    Map<String, Object> json() {
      try {
        return JSONObjectUtils.parse(body);
      } catch (ParseException e) {
        throw new IllegalStateException("Not a JSON object: " + body, e);
      }
    }

    List<Object> jsonArray() {
      try {
        return JSONArrayUtils.parse(body);
      } catch (ParseException e) {
        throw new IllegalStateException("Not a JSON array: " + body, e);
      }
    }

    Reply expect(int expected) {
      if (status != expected) {
        throw new IllegalStateException(
            "Expected HTTP " + expected + ", got " + status + ": " + body);
      }
      return this;
    }
  }

  private final URI contextRoot;
  private final HttpClient http;

  /** {@code contextRoot} is e.g. {@code http://localhost:8080/mentorhub/}. */
  PluginClient(String contextRoot) {
    this.contextRoot = URI.create(contextRoot.endsWith("/") ? contextRoot : contextRoot + "/");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  URI contextRoot() {
    return contextRoot;
  }

  /** A token from the dev endpoint (the server must run in dev mode). */
  String devToken(String sub, String groupsJson) {
    String body =
        "{\"sub\":\"" + sub + "\",\"name\":\"Bench " + sub + "\",\"groups\":" + groupsJson + "}";
    return (String) send("POST", "dev/token", null, body, Map.of()).expect(200).json().get("token");
  }

  /** Creates a one-session office hour starting {@code in} from now; returns the session id. */
  @SuppressWarnings("unchecked")
  String officeHour(String hostToken, Duration in, int capacity) {
    String startsAt = Instant.now().plus(in).truncatedTo(ChronoUnit.SECONDS).toString();
    String body =
        ("{\"title\":\"Bench office hour\",\"kind\":\"OFFICE_HOURS\",\"startsAt\":\"%s\","
                + "\"durationMinutes\":60,\"timezone\":\"Europe/London\",\"capacity\":%d}")
            .formatted(startsAt, capacity);
    Map<String, Object> created =
        send("POST", "api/v1/webinars", hostToken, body, Map.of()).expect(201).json();
    return (String) ((List<Map<String, Object>>) created.get("sessions")).get(0).get("id");
  }

  Reply send(String method, String path, String token, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(contextRoot.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    long start = System.nanoTime();
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), System.nanoTime() - start);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

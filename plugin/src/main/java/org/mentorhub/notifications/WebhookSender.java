package org.mentorhub.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Optional;

/**
 * POSTs one envelope to the host's webhook URL, signed; a 2xx answer is a delivery, anything else
 * (another status, a refused connection, a connect or read timeout) is a failed attempt to retry.
 */
@ApplicationScoped
public class WebhookSender {

  @Inject NotificationsConfig config;
  @Inject Clock clock;

  private volatile HttpClient http;

  /** Empty when the host took it, else why not. */
  public Optional<String> send(String eventId, String body) {
    String url = config.webhookUrl().orElse(null);
    if (url == null) {
      return Optional.of("no webhook URL configured");
    }
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(config.readTimeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "MentorHub-Notifications")
            .header("X-MentorHub-Event-Id", eventId)
            .header(
                WebhookSignature.HEADER,
                WebhookSignature.header(config.webhookSecret(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return status >= 200 && status < 300
          ? Optional.empty()
          : Optional.of("host answered HTTP " + status);
    } catch (HttpTimeoutException e) {
      return Optional.of("timeout: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }

  private HttpClient client() {
    HttpClient client = http;
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(config.connectTimeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      http = client;
    }
    return client;
  }
}

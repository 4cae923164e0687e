package org.mentorhub.webinar.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.mentorhub.webinar.JitsiTransportException;
import org.mentorhub.webinar.RetryPolicy;
import org.mentorhub.webinar.Sleeper;

/**
 * Sends the few HTTP calls the clients make, with a timeout on each and retries for GET only.
 *
 * <p>A GET is retried when the connection fails, times out or the server answers 5xx; anything else
 * is final. A POST is sent once: JaaS's POSTs ban or kick people, and repeating one after a lost
 * answer could act twice.
 */
public final class RestTransport {

  private final HttpClient httpClient;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final RandomGenerator jitter;

  public RestTransport(
      HttpClient httpClient,
      Duration requestTimeout,
      RetryPolicy retryPolicy,
      Sleeper sleeper,
      RandomGenerator jitter) {
    this.httpClient = requireNonNull(httpClient, "httpClient");
    this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout");
    this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy");
    this.sleeper = requireNonNull(sleeper, "sleeper");
    this.jitter = requireNonNull(jitter, "jitter");
  }

  /** Sends an idempotent GET, retrying as the retry policy allows. */
  public RestResponse get(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    return send(request, retryPolicy.maxAttempts());
  }

  /** Sends a POST exactly once, authenticated with a bearer token; {@code jsonBody} may be null. */
  public RestResponse post(URI uri, String bearerToken, String jsonBody) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("Accept", "*/*")
            .header("Authorization", "Bearer " + bearerToken);
    if (jsonBody == null) {
      request.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    return send(request.build(), 1);
  }

  private RestResponse send(HttpRequest request, int maxAttempts) {
    for (int attempt = 1; ; attempt++) {
      boolean lastAttempt = attempt >= maxAttempts;
      try {
        HttpResponse<String> response =
            httpClient.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() < 500 || lastAttempt) {
          return new RestResponse(
              request.method(), request.uri(), response.statusCode(), response.body());
        }
      } catch (IOException e) {
        if (lastAttempt) {
          throw new JitsiTransportException(
              describe(request) + " failed after " + attempt + " attempt(s): " + e, e);
        }
      } catch (InterruptedException e) {
        throw interrupted(request, e);
      }
      backOff(request, attempt);
    }
  }

  private void backOff(HttpRequest request, int failedAttempt) {
    try {
      sleeper.sleep(delayBeforeRetry(failedAttempt));
    } catch (InterruptedException e) {
      throw interrupted(request, e);
    }
  }

  /** Equal jitter: half of the capped exponential delay is fixed, the other half random. */
  private Duration delayBeforeRetry(int retry) {
    long initialMillis = retryPolicy.initialBackoff().toMillis();
    long maxMillis = retryPolicy.maxBackoff().toMillis();
    int doublings = Math.min(retry - 1, 30);
    long exponential = Math.min(maxMillis, initialMillis << doublings);
    if (exponential < 0) {
      exponential = maxMillis;
    }
    long half = exponential / 2;
    return Duration.ofMillis(half + (long) (jitter.nextDouble() * (exponential - half)));
  }

  private static JitsiTransportException interrupted(HttpRequest request, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new JitsiTransportException(describe(request) + " was interrupted", e);
  }

  private static String describe(HttpRequest request) {
    return request.method() + " " + request.uri();
  }
}

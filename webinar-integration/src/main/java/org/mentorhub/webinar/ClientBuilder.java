package org.mentorhub.webinar;

import static java.util.Objects.requireNonNull;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.mentorhub.webinar.internal.JoinTokenIssuer;
import org.mentorhub.webinar.internal.JwtSigner;
import org.mentorhub.webinar.internal.RestTransport;

/** The settings both client builders share: time, HTTP, retries and moderator features. */
abstract class ClientBuilder<B extends ClientBuilder<B>> {

  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  Clock clock = Clock.systemUTC();
  private HttpClient httpClient;
  private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private Sleeper sleeper = Sleeper.threadSleep();
  private RandomGenerator jitter = new Random();
  private Set<MeetingFeature> moderatorFeatures = MeetingFeature.DEFAULT_MODERATOR_FEATURES;

  abstract B self();

  /** The clock for token times and expiry checks, default the system UTC clock. */
  public B clock(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
    return self();
  }

  /** The HTTP client for REST calls, default one with a five-second connect timeout. */
  public B httpClient(HttpClient httpClient) {
    this.httpClient = requireNonNull(httpClient, "httpClient");
    return self();
  }

  /** How long one HTTP request may take before it counts as failed, default ten seconds. */
  public B requestTimeout(Duration requestTimeout) {
    requireNonNull(requestTimeout, "requestTimeout");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
    this.requestTimeout = requestTimeout;
    return self();
  }

  /** How GET requests are retried, default {@link RetryPolicy#DEFAULT}. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /** What waits between retries, default {@link Sleeper#threadSleep()}. */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = requireNonNull(sleeper, "sleeper");
    return self();
  }

  /** The source of retry jitter, default a {@link Random}. */
  public B jitter(RandomGenerator jitter) {
    this.jitter = requireNonNull(jitter, "jitter");
    return self();
  }

  /**
   * The features moderators receive, default {@link MeetingFeature#DEFAULT_MODERATOR_FEATURES};
   * participants never receive any.
   */
  public B moderatorFeatures(Set<MeetingFeature> features) {
    requireNonNull(features, "features");
    this.moderatorFeatures = Set.copyOf(features);
    return self();
  }

  JoinTokenIssuer joinTokenIssuer(JwtSigner signer, JoinTokenIssuer.Profile profile) {
    return new JoinTokenIssuer(signer, profile, moderatorFeatures, clock);
  }

  RestTransport restTransport() {
    HttpClient client =
        httpClient != null
            ? httpClient
            : HttpClient.newBuilder()
                .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    return new RestTransport(client, requestTimeout, retryPolicy, sleeper, jitter);
  }
}

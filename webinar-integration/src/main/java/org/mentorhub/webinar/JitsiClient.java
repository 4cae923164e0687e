package org.mentorhub.webinar;

/**
 * The entry point: a client for one Jitsi provider that issues join tokens and links.
 *
 * <pre>{@code
 * JaasClient jaas = JitsiClient.jaas()
 *     .appId("vpaas-magic-cookie-...").keyId("4f4910").privateKeyPem(pem)
 *     .build();
 * SelfHostedJitsiClient own = JitsiClient.selfHosted()
 *     .domain("meet.example.org").appId("mentorhub").appSecret(secret)
 *     .build();
 * JoinLink link = jaas.joinLink(new JoinRequest(room, user, false, start, end));
 * }</pre>
 *
 * <p>Provider-specific calls live on the concrete clients: {@link JaasClient} bans, kicks and ends
 * meetings, {@link SelfHostedJitsiClient} counts live participants.
 */
public sealed interface JitsiClient permits JaasClient, SelfHostedJitsiClient {

  /**
   * A meeting link carrying a freshly signed join token.
   *
   * @throws IllegalArgumentException if the request is for {@link JoinRequest#ANY_ROOM} or has
   *     already expired
   */
  JoinLink joinLink(JoinRequest request);

  /**
   * A signed join token alone, e.g. for the IFrame API or a token valid for any room.
   *
   * @throws IllegalArgumentException if the request has already expired
   */
  String joinToken(JoinRequest request);

  /** Starts configuring a client for 8x8 Jitsi as a Service. */
  static JaasClient.Builder jaas() {
    return new JaasClient.Builder();
  }

  /** Starts configuring a client for a self-hosted Jitsi Meet with Prosody token auth. */
  static SelfHostedJitsiClient.Builder selfHosted() {
    return new SelfHostedJitsiClient.Builder();
  }

  /** Starts configuring a verifier for JaaS webhook signatures. */
  static WebhookVerifier.Builder webhookVerifier() {
    return new WebhookVerifier.Builder();
  }
}

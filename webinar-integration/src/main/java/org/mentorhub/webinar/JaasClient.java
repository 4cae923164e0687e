package org.mentorhub.webinar;

import static java.util.Objects.requireNonNull;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.mentorhub.webinar.internal.Checks;
import org.mentorhub.webinar.internal.JoinTokenIssuer;
import org.mentorhub.webinar.internal.JwtSigner;
import org.mentorhub.webinar.internal.PemPrivateKeys;
import org.mentorhub.webinar.internal.RestTransport;
import org.mentorhub.webinar.internal.UrlEncoding;

/**
 * Client for 8x8 Jitsi as a Service: join links and tokens on {@code 8x8.vc}, plus the JaaS REST
 * calls to ban, kick and end meetings.
 *
 * <p>Join tokens are RS256 JWTs with header {@code kid = <appId>/<keyId>} and claims {@code aud =
 * "jitsi"}, {@code iss = "chat"}, {@code sub = <appId>}, {@code room}, {@code nbf}, {@code exp} and
 * {@code context.user} / {@code context.features}, as the JaaS "Jitsi JWT" documentation describes.
 * REST calls authenticate with a short-lived token of the same key carrying {@code admin: true}.
 * Instances are immutable and thread-safe.
 */
public final class JaasClient implements JitsiClient {

  /** The JaaS meeting domain. */
  public static final String DEFAULT_DOMAIN = "8x8.vc";

  private static final Pattern APP_ID = Pattern.compile("vpaas-magic-cookie-[A-Za-z0-9]+");
  private static final String JAAS_ISSUER = "chat";
  private static final Duration ADMIN_TOKEN_LIFETIME = Duration.ofMinutes(5);

  /** Admin tokens start slightly in the past so a JaaS clock running behind still accepts them. */
  private static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofSeconds(30);

  private final String appId;
  private final String domain;
  private final String apiBaseUri;
  private final JwtSigner signer;
  private final JoinTokenIssuer joinTokens;
  private final RestTransport transport;
  private final Clock clock;

  private JaasClient(Builder builder) {
    this.appId = Checks.required(builder.appId, "appId");
    String keyId = keyIdWithinApp(Checks.required(builder.keyId, "keyId"), appId);
    this.domain = builder.domain;
    this.apiBaseUri =
        stripTrailingSlash(builder.apiBaseUri != null ? builder.apiBaseUri : "https://" + domain);
    this.signer =
        JwtSigner.rs256(
            PemPrivateKeys.readRsaPrivateKey(
                Checks.required(builder.privateKeyPem, "privateKeyPem")),
            appId + "/" + keyId);
    String roomBaseUrl = "https://" + domain + "/" + UrlEncoding.pathSegment(appId) + "/";
    this.joinTokens =
        builder.joinTokenIssuer(
            signer, new JoinTokenIssuer.Profile(JAAS_ISSUER, appId, roomBaseUrl, false, false));
    this.transport = builder.restTransport();
    this.clock = builder.clock;
  }

  /** The JaaS app id, {@code vpaas-magic-cookie-...}. */
  public String appId() {
    return appId;
  }

  /** A link to {@code https://8x8.vc/<appId>/<room>?jwt=<token>}. */
  @Override
  public JoinLink joinLink(JoinRequest request) {
    return joinTokens.link(request);
  }

  @Override
  public String joinToken(JoinRequest request) {
    return joinTokens.token(request);
  }

  /**
   * Bans a user from every meeting of the app: JaaS refuses tokens whose {@code context.user.id} is
   * {@code userId} from now on.
   *
   * @param userId the id given in {@link JitsiUser#id()}, which webhooks echo as {@code data.id}
   * @throws JitsiApiException if JaaS refuses the request
   * @throws JitsiTransportException if JaaS cannot be reached
   */
  public void banUser(String userId) {
    Checks.requireNonBlank(userId, "userId");
    URI uri =
        URI.create(
            apiBaseUri
                + "/v1/_jaas/jaccess/v1/access-management/"
                + UrlEncoding.pathSegment(appId)
                + "/ban/user/"
                + UrlEncoding.pathSegment(userId));
    transport.post(uri, adminToken(), null).requireSuccess();
  }

  /**
   * Removes a participant from a running meeting; they may rejoin unless also banned.
   *
   * @param participantId JaaS's id for the participant, {@code data.participantId} in the
   *     PARTICIPANT_JOINED webhook (not our member id)
   */
  public void kickParticipant(String room, String participantId) {
    Checks.requireNonBlank(participantId, "participantId");
    conferenceCommand("KICK_PARTICIPANT", room, Map.of("participantId", participantId));
  }

  /** Ends a running meeting for everyone in it. */
  public void endMeeting(String room) {
    conferenceCommand("DESTROY", room, Map.of());
  }

  private void conferenceCommand(String action, String room, Map<String, String> arguments) {
    Checks.requireRoomName(room, false);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("conferenceFullName", room + "@conference." + appId + "." + domain);
    payload.putAll(arguments);
    Map<String, Object> command = new LinkedHashMap<>();
    command.put("action", action);
    command.put("payload", payload);
    URI uri = URI.create(apiBaseUri + "/v1/_jaas/conference-commands/v1/meeting");
    transport.post(uri, adminToken(), JSONObjectUtils.toJSONString(command)).requireSuccess();
  }

  private String adminToken() {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .audience(JoinTokenIssuer.AUDIENCE)
            .issuer(JAAS_ISSUER)
            .subject(appId)
            .claim("admin", true)
            .notBeforeTime(Date.from(now.minus(CLOCK_SKEW_ALLOWANCE)))
            .expirationTime(Date.from(now.plus(ADMIN_TOKEN_LIFETIME)))
            .build();
    return signer.sign(claims);
  }

  /** Accepts the bare key id or the full {@code <appId>/<keyId>} the console displays. */
  private static String keyIdWithinApp(String keyId, String appId) {
    int slash = keyId.lastIndexOf('/');
    if (slash >= 0 && !keyId.substring(0, slash).equals(appId)) {
      throw new IllegalArgumentException("keyId \"" + keyId + "\" belongs to another app");
    }
    return Checks.requireNonBlank(keyId.substring(slash + 1), "keyId");
  }

  private static String stripTrailingSlash(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  /** Configures a {@link JaasClient}; obtain one from {@link JitsiClient#jaas()}. */
  public static final class Builder extends ClientBuilder<Builder> {

    private String appId;
    private String keyId;
    private String privateKeyPem;
    private String domain = DEFAULT_DOMAIN;
    private String apiBaseUri;

    Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** The app id from the JaaS console, {@code vpaas-magic-cookie-<hex>}. */
    public Builder appId(String appId) {
      Checks.requireNonBlank(appId, "appId");
      if (!APP_ID.matcher(appId).matches()) {
        throw new IllegalArgumentException(
            "A JaaS app id looks like vpaas-magic-cookie-<hex>, got \"" + appId + "\"");
      }
      this.appId = appId;
      return this;
    }

    /**
     * The id of the uploaded API key; the full {@code <appId>/<keyId>} the console shows is
     * accepted too.
     */
    public Builder keyId(String keyId) {
      this.keyId = Checks.requireNonBlank(keyId, "keyId");
      return this;
    }

    /** The API key's private key as PEM text, PKCS#8 or PKCS#1, unencrypted. */
    public Builder privateKeyPem(String privateKeyPem) {
      this.privateKeyPem = Checks.requireNonBlank(privateKeyPem, "privateKeyPem");
      return this;
    }

    /** The meeting domain, default {@value #DEFAULT_DOMAIN}. */
    public Builder domain(String domain) {
      this.domain = Checks.requireNonBlank(domain, "domain");
      return this;
    }

    /** Where REST calls go, default {@code https://<domain>}; for tests. */
    public Builder apiBaseUri(URI apiBaseUri) {
      this.apiBaseUri = requireNonNull(apiBaseUri, "apiBaseUri").toString();
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if app id, key id or private key is missing
     * @throws IllegalArgumentException if the private key is unusable
     */
    public JaasClient build() {
      return new JaasClient(this);
    }
  }
}

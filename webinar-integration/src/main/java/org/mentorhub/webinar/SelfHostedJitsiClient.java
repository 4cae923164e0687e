package org.mentorhub.webinar;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorhub.webinar.internal.Checks;
import org.mentorhub.webinar.internal.JoinTokenIssuer;
import org.mentorhub.webinar.internal.JsonFields;
import org.mentorhub.webinar.internal.JwtSigner;
import org.mentorhub.webinar.internal.PemPrivateKeys;
import org.mentorhub.webinar.internal.RestResponse;
import org.mentorhub.webinar.internal.RestTransport;
import org.mentorhub.webinar.internal.UrlEncoding;

/**
 * Client for a self-hosted Jitsi Meet whose Prosody uses token authentication ({@code
 * jitsi-meet-tokens}).
 *
 * <p>Tokens follow the Prosody token plugin: {@code iss = <appId>} (Prosody's {@code app_id}),
 * {@code aud = "jitsi"}, {@code sub = <domain>}, {@code room} lowercased because Prosody compares
 * room names in lowercase, {@code nbf}, {@code exp} and {@code context.user} / {@code
 * context.features}. They are signed HS256 with {@code app_secret}, or RS256 with a private key
 * whose public half Prosody fetches from {@code asap_key_server} by {@code kid}.
 *
 * <p>Stock Prosody ignores the moderator flag: without a moderation plugin the first person in a
 * room becomes moderator. The token therefore carries it twice, as {@code context.user.moderator}
 * ("true"/"false", read by {@code token_affiliation}) and as a top-level boolean {@code moderator}
 * (read by {@code token_moderation}); install one of those plugins on the MUC component. Instances
 * are immutable and thread-safe.
 */
public final class SelfHostedJitsiClient implements JitsiClient {

  private static final Pattern HOST_AND_PORT = Pattern.compile("([A-Za-z0-9.-]+)(:\\d{1,5})?");
  private static final int NOT_FOUND = 404;

  private final JoinTokenIssuer joinTokens;
  private final RestTransport transport;
  private final String roomSizeEndpoint;
  private final String xmppDomain;

  private SelfHostedJitsiClient(Builder builder) {
    String domain = Checks.required(builder.domain, "domain");
    String host = hostOf(domain);
    String appId = Checks.required(builder.appId, "appId");
    JoinTokenIssuer.Profile profile =
        new JoinTokenIssuer.Profile(appId, host, "https://" + domain + "/", true, true);
    this.joinTokens = builder.joinTokenIssuer(signer(builder), profile);
    this.transport = builder.restTransport();
    this.roomSizeEndpoint =
        builder.roomSizeEndpoint != null
            ? builder.roomSizeEndpoint.toString()
            : "https://" + domain + "/room-size";
    this.xmppDomain = builder.xmppDomain != null ? builder.xmppDomain : host;
  }

  private static JwtSigner signer(Builder builder) {
    if ((builder.appSecret == null) == (builder.privateKeyPem == null)) {
      throw new IllegalStateException(
          "Configure exactly one of appSecret(...) (HS256) and privateKeyPem(...) (RS256)");
    }
    if (builder.appSecret != null) {
      return JwtSigner.hs256(builder.appSecret);
    }
    return JwtSigner.rs256(PemPrivateKeys.readRsaPrivateKey(builder.privateKeyPem), builder.keyId);
  }

  /** A link to {@code https://<domain>/<room>?jwt=<token>}, room lowercased. */
  @Override
  public JoinLink joinLink(JoinRequest request) {
    return joinTokens.link(request);
  }

  @Override
  public String joinToken(JoinRequest request) {
    return joinTokens.token(request);
  }

  /**
   * How many people are in a room right now, from Prosody's {@code mod_muc_size} ({@code GET
   * /room-size?room=<room>&domain=<xmppDomain>}); retried on failure as the retry policy allows.
   *
   * @return the count, or empty when Prosody answers 404, which it does for a room nobody has
   *     opened (and, beware, also when {@code /room-size} is not routed to Prosody at all)
   * @throws JitsiApiException on any other non-2xx answer
   * @throws JitsiTransportException if Prosody cannot be reached
   */
  public OptionalInt participantCount(String room) {
    Checks.requireRoomName(room, false);
    URI uri =
        URI.create(
            roomSizeEndpoint
                + "?room="
                + UrlEncoding.queryValue(room.toLowerCase(Locale.ROOT))
                + "&domain="
                + UrlEncoding.queryValue(xmppDomain));
    RestResponse response = transport.get(uri);
    if (response.statusCode() == NOT_FOUND) {
      return OptionalInt.empty();
    }
    JsonFields body = JsonFields.parseObject(response.requireSuccess().body());
    long participants = body.number("participants", -1);
    if (participants < 0) {
      throw new JitsiException("Unexpected answer from " + uri + ": " + response.body());
    }
    return OptionalInt.of(Math.toIntExact(participants));
  }

  private static String hostOf(String domain) {
    Matcher matcher = HOST_AND_PORT.matcher(domain);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "domain must be a host name with an optional port, such as meet.example.org, got \""
              + domain
              + "\"");
    }
    return matcher.group(1).toLowerCase(Locale.ROOT);
  }

  /**
   * Configures a {@link SelfHostedJitsiClient}; obtain one from {@link JitsiClient#selfHosted()}.
   */
  public static final class Builder extends ClientBuilder<Builder> {

    private String domain;
    private String appId;
    private String appSecret;
    private String privateKeyPem;
    private String keyId;
    private URI roomSizeEndpoint;
    private String xmppDomain;

    Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** The public host name of the Jitsi Meet site, optionally with a port. */
    public Builder domain(String domain) {
      this.domain = Checks.requireNonBlank(domain, "domain");
      return this;
    }

    /** Prosody's {@code app_id}; it becomes the {@code iss} claim. */
    public Builder appId(String appId) {
      this.appId = Checks.requireNonBlank(appId, "appId");
      return this;
    }

    /** Prosody's {@code app_secret}, at least 32 bytes; tokens are then signed HS256. */
    public Builder appSecret(String appSecret) {
      this.appSecret = Checks.requireNonBlank(appSecret, "appSecret");
      return this;
    }

    /**
     * An RSA private key as PEM text (PKCS#8 or PKCS#1) whose public key Prosody's {@code
     * asap_key_server} serves under {@code keyId}; tokens are then signed RS256.
     */
    public Builder privateKeyPem(String privateKeyPem, String keyId) {
      this.privateKeyPem = Checks.requireNonBlank(privateKeyPem, "privateKeyPem");
      this.keyId = Checks.requireNonBlank(keyId, "keyId");
      return this;
    }

    /** Where {@code mod_muc_size} answers, default {@code https://<domain>/room-size}. */
    public Builder roomSizeEndpoint(URI roomSizeEndpoint) {
      this.roomSizeEndpoint = requireNonNull(roomSizeEndpoint, "roomSizeEndpoint");
      return this;
    }

    /**
     * The XMPP domain Prosody builds room addresses from ({@code <room>@conference.<xmppDomain>}),
     * default the host of {@link #domain}.
     */
    public Builder xmppDomain(String xmppDomain) {
      this.xmppDomain = Checks.requireNonBlank(xmppDomain, "xmppDomain");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if domain or app id is missing, or not exactly one signing key
     *     is configured
     * @throws IllegalArgumentException if the secret or key is unusable
     */
    public SelfHostedJitsiClient build() {
      return new SelfHostedJitsiClient(this);
    }
  }
}

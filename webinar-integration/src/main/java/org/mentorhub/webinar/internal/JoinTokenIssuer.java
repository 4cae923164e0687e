package org.mentorhub.webinar.internal;

import static java.util.Objects.requireNonNull;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentorhub.webinar.JitsiUser;
import org.mentorhub.webinar.JoinLink;
import org.mentorhub.webinar.JoinRequest;
import org.mentorhub.webinar.MeetingFeature;

/** Turns join requests into signed tokens and meeting links, for either provider. */
public final class JoinTokenIssuer {

  /** The audience both JaaS and the stock Prosody configuration expect. */
  public static final String AUDIENCE = "jitsi";

  /**
   * What differs between providers.
   *
   * @param issuer the {@code iss} claim
   * @param subject the {@code sub} claim
   * @param roomBaseUrl the meeting URL up to and including the slash before the room name
   * @param lowercaseRoom whether the room is lowercased, as Prosody compares it lowercased
   * @param topLevelModeratorClaim whether to add the boolean {@code moderator} claim that the
   *     Prosody {@code token_moderation} plugin reads
   */
  public record Profile(
      String issuer,
      String subject,
      String roomBaseUrl,
      boolean lowercaseRoom,
      boolean topLevelModeratorClaim) {

    public Profile {
      requireNonNull(issuer, "issuer");
      requireNonNull(subject, "subject");
      requireNonNull(roomBaseUrl, "roomBaseUrl");
    }
  }

  private final JwtSigner signer;
  private final Profile profile;
  private final Set<MeetingFeature> moderatorFeatures;
  private final Clock clock;

  public JoinTokenIssuer(
      JwtSigner signer, Profile profile, Set<MeetingFeature> moderatorFeatures, Clock clock) {
    this.signer = requireNonNull(signer, "signer");
    this.profile = requireNonNull(profile, "profile");
    this.moderatorFeatures = Set.copyOf(moderatorFeatures);
    this.clock = requireNonNull(clock, "clock");
  }

  /** A signed join token for the request. */
  public String token(JoinRequest request) {
    requireNonNull(request, "request");
    if (!request.expiresAt().isAfter(clock.instant())) {
      throw new IllegalArgumentException(
          "The join request expired at " + request.expiresAt() + "; refusing a dead token");
    }
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .audience(AUDIENCE)
            .issuer(profile.issuer())
            .subject(profile.subject())
            .claim("room", roomClaim(request.room()))
            .notBeforeTime(Date.from(request.notBefore()))
            .expirationTime(Date.from(request.expiresAt()))
            .claim("context", context(request));
    if (profile.topLevelModeratorClaim()) {
      claims.claim("moderator", request.moderator());
    }
    return signer.sign(claims.build());
  }

  /** A meeting link for the request's room, carrying a fresh token. */
  public JoinLink link(JoinRequest request) {
    requireNonNull(request, "request");
    Checks.requireRoomName(request.room(), false);
    String token = token(request);
    URI url =
        URI.create(
            profile.roomBaseUrl()
                + UrlEncoding.pathSegment(roomClaim(request.room()))
                + "?jwt="
                + UrlEncoding.queryValue(token));
    return new JoinLink(url, token, request.expiresAt(), request.moderator());
  }

  private String roomClaim(String room) {
    return profile.lowercaseRoom() ? room.toLowerCase(Locale.ROOT) : room;
  }

  private Map<String, Object> context(JoinRequest request) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("user", user(request.user(), request.moderator()));
    context.put("features", features(request.moderator()));
    return context;
  }

  /** Jitsi throws on null user fields, so absent ones are left out rather than sent as null. */
  private static Map<String, Object> user(JitsiUser user, boolean moderator) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("id", user.id());
    claims.put("name", user.name());
    if (user.email() != null) {
      claims.put("email", user.email());
    }
    if (user.avatar() != null) {
      claims.put("avatar", user.avatar());
    }
    claims.put("moderator", String.valueOf(moderator));
    return claims;
  }

  /** Every feature is listed so that nothing depends on the provider's default for absent keys. */
  private Map<String, Object> features(boolean moderator) {
    Map<String, Object> features = new LinkedHashMap<>();
    for (MeetingFeature feature : MeetingFeature.values()) {
      boolean granted = moderator && moderatorFeatures.contains(feature);
      features.put(feature.claimName(), String.valueOf(granted));
    }
    return features;
  }
}

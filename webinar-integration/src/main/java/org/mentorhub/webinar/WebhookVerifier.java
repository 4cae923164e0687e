package org.mentorhub.webinar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mentorhub.webinar.WebhookVerificationException.Reason;
import org.mentorhub.webinar.internal.Checks;

/**
 * Checks the {@code X-Jaas-Signature} header JaaS puts on every webhook request.
 *
 * <p>The header reads {@code t=<epoch seconds>,v1=<base64 signature>[,v1=...]}; a signature is
 * {@code base64(HMAC-SHA256(secret, t + "." + rawBody))} keyed with the endpoint secret exactly as
 * the JaaS console shows it (including the {@code whsec_} prefix). A request passes when any {@code
 * v1} value matches under any configured secret, so secrets can be rotated without downtime, and
 * when {@code t} lies within the tolerance of the clock in either direction, which stops replays.
 * Other schemes ({@code v0}, ...) are ignored, as JaaS advises, to prevent downgrade attacks.
 * Instances are immutable and thread-safe.
 */
public final class WebhookVerifier {

  /** The HTTP header that carries the signature. */
  public static final String SIGNATURE_HEADER = "X-Jaas-Signature";

  /** How far the signed timestamp may be from the clock unless configured otherwise. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String HMAC_ALGORITHM = "HmacSHA256";

  private final List<SecretKeySpec> secrets;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(Builder builder) {
    if (builder.secrets.isEmpty()) {
      throw new IllegalStateException("secret(...) must be called before build()");
    }
    this.secrets = List.copyOf(builder.secrets);
    this.tolerance = builder.tolerance;
    this.clock = builder.clock;
  }

  /**
   * Verifies a request.
   *
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}, may be null
   * @param rawBody the request body exactly as received, before any JSON parsing
   * @throws WebhookVerificationException if the request is not a fresh, authentic JaaS request
   */
  public void verify(String signatureHeader, byte[] rawBody) {
    requireNonNull(rawBody, "rawBody");
    SignatureHeader header = SignatureHeader.parse(signatureHeader);
    // Authenticity first: only a genuine request earns a "stale" diagnosis, which helps spot skew.
    if (!anySignatureMatches(header, rawBody)) {
      throw new WebhookVerificationException(
          Reason.NO_MATCHING_SIGNATURE,
          "None of the " + header.signatures().size() + " v1 signature(s) matches the body");
    }
    long skewSeconds = clock.instant().getEpochSecond() - header.timestamp();
    if (skewSeconds > tolerance.toSeconds()) {
      throw new WebhookVerificationException(
          Reason.STALE_TIMESTAMP,
          "Signed " + skewSeconds + " s ago, more than the tolerance of " + tolerance);
    }
    if (-skewSeconds > tolerance.toSeconds()) {
      throw new WebhookVerificationException(
          Reason.FUTURE_TIMESTAMP,
          "Signed " + -skewSeconds + " s in the future, more than the tolerance of " + tolerance);
    }
  }

  /** Verifies a request whose body the caller holds as text; it is signed as UTF-8. */
  public void verify(String signatureHeader, String rawBody) {
    verify(signatureHeader, requireNonNull(rawBody, "rawBody").getBytes(UTF_8));
  }

  /** Verifies a request and parses its body. */
  public WebhookEvent verifyAndParse(String signatureHeader, byte[] rawBody) {
    verify(signatureHeader, rawBody);
    return WebhookEvent.parse(new String(rawBody, UTF_8));
  }

  private boolean anySignatureMatches(SignatureHeader header, byte[] rawBody) {
    byte[] signedPayload = signedPayload(header.timestamp(), rawBody);
    for (SecretKeySpec secret : secrets) {
      byte[] expected = hmac(secret, signedPayload);
      for (byte[] candidate : header.signatures()) {
        // Constant time, so response timing does not reveal how much of a forgery was right.
        if (MessageDigest.isEqual(expected, candidate)) {
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] signedPayload(long timestamp, byte[] rawBody) {
    ByteArrayOutputStream payload = new ByteArrayOutputStream(rawBody.length + 12);
    payload.writeBytes((timestamp + ".").getBytes(UTF_8));
    payload.writeBytes(rawBody);
    return payload.toByteArray();
  }

  private static byte[] hmac(SecretKeySpec secret, byte[] message) {
    try {
      Mac mac = Mac.getInstance(HMAC_ALGORITHM);
      mac.init(secret);
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK lacks " + HMAC_ALGORITHM, e);
    }
  }

  /** The parts of the header that matter: the timestamp and the decoded v1 signatures. */
  private record SignatureHeader(long timestamp, List<byte[]> signatures) {

    static SignatureHeader parse(String header) {
      if (header == null || header.isBlank()) {
        throw refuse(Reason.MISSING_HEADER, "The " + SIGNATURE_HEADER + " header is missing");
      }
      Long timestamp = null;
      List<byte[]> signatures = new ArrayList<>();
      for (String element : header.split(",")) {
        // Split at the first '=' only: base64 signatures end in '=' padding.
        int equals = element.indexOf('=');
        if (equals < 0) {
          if (element.isBlank()) {
            continue;
          }
          throw refuse(Reason.MALFORMED_HEADER, "Element without '=': " + element.strip());
        }
        String prefix = element.substring(0, equals).strip();
        String value = element.substring(equals + 1).strip();
        if (prefix.equals("t")) {
          if (timestamp != null) {
            throw refuse(Reason.MALFORMED_HEADER, "More than one t= element");
          }
          timestamp = parseTimestamp(value);
        } else if (prefix.equals("v1")) {
          signatures.add(decodeSignature(value));
        }
      }
      if (timestamp == null) {
        throw refuse(Reason.MALFORMED_HEADER, "No t= timestamp");
      }
      if (signatures.isEmpty()) {
        throw refuse(Reason.MALFORMED_HEADER, "No v1= signature");
      }
      return new SignatureHeader(timestamp, signatures);
    }

    private static long parseTimestamp(String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw refuse(Reason.MALFORMED_HEADER, "t= is not epoch seconds: " + value);
      }
    }

    private static byte[] decodeSignature(String value) {
      try {
        return Base64.getDecoder().decode(value);
      } catch (IllegalArgumentException e) {
        throw refuse(Reason.MALFORMED_HEADER, "v1= is not base64: " + value);
      }
    }

    private static WebhookVerificationException refuse(Reason reason, String message) {
      return new WebhookVerificationException(reason, message);
    }
  }

  /**
   * Configures a {@link WebhookVerifier}; obtain one from {@link JitsiClient#webhookVerifier()}.
   */
  public static final class Builder {

    private final List<SecretKeySpec> secrets = new ArrayList<>();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();

    Builder() {}

    /** Adds an endpoint secret; call again (or use {@link #secrets}) while rotating. */
    public Builder secret(String secret) {
      Checks.requireNonBlank(secret, "secret");
      secrets.add(new SecretKeySpec(secret.getBytes(UTF_8), HMAC_ALGORITHM));
      return this;
    }

    /** Adds several endpoint secrets. */
    public Builder secrets(Collection<String> secrets) {
      requireNonNull(secrets, "secrets").forEach(this::secret);
      return this;
    }

    /** How far the signed timestamp may differ from the clock, default five minutes. */
    public Builder tolerance(Duration tolerance) {
      requireNonNull(tolerance, "tolerance");
      if (tolerance.isNegative()) {
        throw new IllegalArgumentException("tolerance must not be negative");
      }
      this.tolerance = tolerance;
      return this;
    }

    /** The clock timestamps are checked against, default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    public WebhookVerifier build() {
      return new WebhookVerifier(this);
    }
  }
}

package org.mentorhub.webinar;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Makes unguessable, URL-safe, lowercase room names such as {@code
 * intro-to-java-k2mxq7d4vbn3a6tyh5wc2rj4ue}.
 *
 * <p>On JaaS and on a token-protected Prosody the token already keeps strangers out, but a
 * guessable name still leaks that a meeting exists and invites brute force, so every name carries
 * 128 random bits. They are written in lowercase base32 because Prosody compares room names in
 * lowercase and both providers put the name in a URL path. Instances are thread-safe when the
 * random generator is (the default {@link SecureRandom} is).
 */
public final class RoomNameGenerator {

  private static final int RANDOM_BYTES = 16;
  private static final int MAX_PREFIX_LENGTH = 40;
  private static final char[] BASE32_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final RandomGenerator random;

  /** A generator backed by {@link SecureRandom}. */
  public RoomNameGenerator() {
    this(new SecureRandom());
  }

  /** A generator backed by the given source; use a cryptographically strong one outside tests. */
  public RoomNameGenerator(RandomGenerator random) {
    this.random = requireNonNull(random, "random");
  }

  /** A name made only of random characters. */
  public String next() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return base32(bytes);
  }

  /**
   * A name that starts with a readable slug of {@code readablePrefix} (lowercased, anything other
   * than letters and digits turned into single dashes, at most {@value #MAX_PREFIX_LENGTH}
   * characters) followed by a dash and the random part; the prefix is dropped when nothing readable
   * remains.
   */
  public String next(String readablePrefix) {
    String slug = slug(requireNonNull(readablePrefix, "readablePrefix"));
    String randomPart = next();
    return slug.isEmpty() ? randomPart : slug + "-" + randomPart;
  }

  private static String slug(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    if (slug.length() > MAX_PREFIX_LENGTH) {
      slug = slug.substring(0, MAX_PREFIX_LENGTH);
    }
    return slug.replaceAll("^-+|-+$", "");
  }

  private static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bitsInBuffer = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bitsInBuffer += 8;
      while (bitsInBuffer >= 5) {
        bitsInBuffer -= 5;
        out.append(BASE32_ALPHABET[(buffer >>> bitsInBuffer) & 0x1f]);
      }
    }
    if (bitsInBuffer > 0) {
      out.append(BASE32_ALPHABET[(buffer << (5 - bitsInBuffer)) & 0x1f]);
    }
    return out.toString();
  }
}

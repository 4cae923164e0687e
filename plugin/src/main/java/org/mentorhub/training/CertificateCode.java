package org.mentorhub.training;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Verification codes printed on certificates: 60 random bits in Crockford's base-32 alphabet, which
 * has no I, L, O or U, so a code read aloud or typed from paper is hard to get wrong.
 */
final class CertificateCode {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final Pattern FORMAT =
      Pattern.compile("MH-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateCode() {}

  /** A new code such as {@code MH-7K2Q-9XWD-M3RA}. */
  static String random() {
    StringBuilder code = new StringBuilder("MH");
    for (int group = 0; group < 3; group++) {
      code.append('-');
      for (int i = 0; i < 4; i++) {
        code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
      }
    }
    return code.toString();
  }

  /** Whether the text has the shape of a code, so malformed ones never reach the database. */
  static boolean isWellFormed(String code) {
    return code != null && FORMAT.matcher(code).matches();
  }
}

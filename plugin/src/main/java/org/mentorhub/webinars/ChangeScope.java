package org.mentorhub.webinars;

import java.util.Locale;
import org.mentorhub.platform.problem.InvalidRequestException;

/** Which sessions an edit or cancellation applies to: one occurrence, or it and all later ones. */
public enum ChangeScope {
  THIS,
  FOLLOWING;

  /** Reads the {@code scope} query parameter; absent means this occurrence only. */
  public static ChangeScope parse(String value) {
    if (value == null || value.isBlank()) {
      return THIS;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("scope", "must be this or following");
    }
  }
}

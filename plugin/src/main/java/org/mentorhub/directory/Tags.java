package org.mentorhub.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Free-text tags (industries, expertise) as members enter them: trimmed, blank ones dropped, and
 * duplicates that differ only in case removed, keeping the first spelling.
 */
final class Tags {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Tags() {}

  static List<String> normalise(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    List<String> result = new ArrayList<>();
    for (String tag : tags) {
      String trimmed = tag == null ? "" : collapsed(tag.trim());
      if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
        result.add(trimmed);
      }
    }
    return result;
  }

  /**
   * Runs of white space as one space. Most tags have none to collapse, and a bulk import normalises
   * millions of them, so the pattern only runs when there is something to replace.
   */
  static String collapsed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
        return SPACES.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }

  /** What {@code \\s} matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** ISO codes in their canonical case, duplicates removed. */
  static List<String> codes(List<String> codes, boolean upper) {
    return normalise(codes).stream()
        .map(c -> upper ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }
}

package org.mentorhub.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Free-text tags (industries, expertise) as members enter them: trimmed, blank ones dropped, and
 * duplicates that differ only in case removed, keeping the first spelling.
 */
final class Tags {
  private Tags() {}

  static List<String> normalise(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    List<String> result = new ArrayList<>();
    for (String tag : tags) {
      String trimmed = tag == null ? "" : tag.trim().replaceAll("\\s+", " ");
      if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
        result.add(trimmed);
      }
    }
    return result;
  }

  /** ISO codes in their canonical case, duplicates removed. */
  static List<String> codes(List<String> codes, boolean upper) {
    return normalise(codes).stream()
        .map(c -> upper ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }
}

package org.mentorhub.directory;

import java.util.List;

/** A mentor recommended to the caller, with a 0..100 score and the reasons behind it. */
public record RecommendationView(
    String id, String name, String headline, int score, List<String> reasons) {}

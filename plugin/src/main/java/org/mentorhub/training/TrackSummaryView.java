package org.mentorhub.training;

import java.util.List;

/** A track in the list of tracks, with the caller's progress. */
public record TrackSummaryView(
    String slug,
    String title,
    String audience,
    String summary,
    int estimatedMinutes,
    int version,
    List<String> prerequisites,
    int stepCount,
    TrackProgress progress) {}

package org.mentorhub.training;

import java.time.Instant;

/** One track the caller has enrolled in, for {@code GET /api/v1/me/progress}. */
public record MyTrackProgressView(
    String slug, String title, Instant enrolledAt, TrackProgress progress) {}

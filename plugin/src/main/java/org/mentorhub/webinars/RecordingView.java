package org.mentorhub.webinars;

import java.time.Instant;

/**
 * A session recording; {@code downloadUrl} is our copy once {@code COPIED}, JaaS's own link while
 * the copy is pending, and null when it failed.
 */
public record RecordingView(
    String id,
    String status,
    Instant startedAt,
    Instant endedAt,
    Long durationSeconds,
    Long sizeBytes,
    String downloadUrl) {}

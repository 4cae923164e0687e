package org.mentorhub.training;

import java.time.Instant;

/** The answer to completing a step: when it was done and where the track stands now. */
public record StepCompletionView(
    String trackSlug, String stepId, Instant completedAt, TrackProgress progress) {}

package org.mentorhub.training;

import java.time.Instant;

/**
 * A certificate of a completed track, as its holder and anyone checking its code see it.
 *
 * @param code the verification code, checked at {@code GET /api/v1/certificates/{code}}
 */
public record CertificateView(
    String code, String memberName, String trackSlug, String trackTitle, Instant completedAt) {}

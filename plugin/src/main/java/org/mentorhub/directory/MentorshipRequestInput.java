package org.mentorhub.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/mentorship-requests}. The ask must be specific: vague "pick your
 * brain" requests are the ones busy mentors leave unanswered, hence the 80-character minimum.
 */
public record MentorshipRequestInput(
    @Schema(description = "The mentor's member id") @NotBlank @Size(max = 64) String mentorId,
    @Schema(description = "What exactly you want help with, 80-2000 characters")
        @NotBlank
        @Size(
            min = 80,
            max = 2000,
            message =
                "must be a specific ask of 80 to 2000 characters: what you want help with, and why this mentor")
        String ask,
    @Schema(description = "What you offer in return, up to 1000 characters") @Size(max = 1000)
        String offer) {}

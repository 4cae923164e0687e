package org.mentorhub.training;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST .../steps/{stepId}/completion}: empty for a lesson, the member's answer
 * for a reflection.
 */
public record CompletionInput(
    @Schema(description = "A reflection's answer, 1-5000 characters; private to you")
        @Size(max = 5000)
        String answer) {}

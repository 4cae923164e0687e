package org.mentorhub.moderation;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST .../assign}: another moderator's id, or none to take it yourself. */
public record AssignInput(
    @Schema(description = "Moderator to assign; omit to assign yourself") @Size(max = 64)
        String assigneeId) {}

package org.mentorhub.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorhub.platform.validation.EnumName;

/** The body of {@code POST /api/v1/moderation/cases/{id}/actions}: every action needs a note. */
public record ActionInput(
    @Schema(
            description =
                "DISMISS, WARN, HIDE_PROFILE, SUSPEND_MENTOR, REMOVE_FROM_SESSION or RESTORE")
        @NotNull
        @EnumName(ModerationAction.class)
        String action,
    @Schema(description = "Why, for the audit trail; 1-2000 characters") @NotBlank @Size(max = 2000)
        String note) {

  ModerationAction kind() {
    return ModerationAction.valueOf(action);
  }
}

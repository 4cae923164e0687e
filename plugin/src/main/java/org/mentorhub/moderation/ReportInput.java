package org.mentorhub.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorhub.platform.validation.EnumName;

/** The body of {@code POST /api/v1/reports}. */
public record ReportInput(
    @Schema(description = "MEMBER, MENTOR_PROFILE, MENTORSHIP_REQUEST, WEBINAR_SESSION or LESSON")
        @NotNull
        @EnumName(TargetType.class)
        String targetType,
    @Schema(description = "The id of what is reported (for a lesson: track-slug/step-id)")
        @NotBlank
        @Size(max = 64)
        String targetId,
    @Schema(
            description =
                "HARASSMENT, SPAM, INAPPROPRIATE, MISREPRESENTATION, NO_SHOW, SAFETY, PRIVACY or OTHER")
        @NotNull
        @EnumName(Category.class)
        String category,
    @Schema(description = "What happened, 10-2000 characters") @NotBlank @Size(min = 10, max = 2000)
        String description) {

  TargetType type() {
    return TargetType.valueOf(targetType);
  }

  Category reason() {
    return Category.valueOf(category);
  }
}

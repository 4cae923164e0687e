package org.mentorhub.webinars;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /api/v1/webinars/sessions/{id}}: only the fields sent change. With
 * {@code scope=following} a new start moves every later session by the same local-time shift.
 */
public record SessionChange(
    @Schema(description = "New title") @Size(min = 1, max = 200) String title,
    @Schema(description = "New description") @Size(max = 5000) String description,
    @Schema(description = "New start: local date-time in the session's zone, or with offset")
        String startsAt,
    @Schema(description = "New length in minutes, 5-480") @Min(5) @Max(480) Integer durationMinutes,
    @Schema(description = "New capacity; not below the members already registered")
        @Min(1)
        @Max(10000)
        Integer capacity) {}

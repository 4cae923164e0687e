package org.mentorhub.webinars;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorhub.platform.validation.TimeZoneId;

/** The body of {@code POST /api/v1/webinars}: a one-off webinar or a recurring series. */
public record WebinarInput(
    @Schema(description = "Title shown to members") @NotBlank @Size(max = 200) String title,
    @Schema(description = "ONBOARDING or OFFICE_HOURS; mentors may create OFFICE_HOURS only")
        @NotNull
        @Pattern(regexp = "ONBOARDING|OFFICE_HOURS", message = "must be ONBOARDING or OFFICE_HOURS")
        String kind,
    @Schema(description = "Plain text, up to 5000 characters") @Size(max = 5000) String description,
    @Schema(
            description =
                "First start: a local date-time in the time zone (2026-03-19T17:00) or an instant"
                    + " with offset (2026-03-19T17:00:00Z); must be in the future")
        @NotBlank
        String startsAt,
    @Schema(description = "Length of each session in minutes, 5-480") @NotNull @Min(5) @Max(480)
        Integer durationMinutes,
    @Schema(description = "The organiser's IANA time zone; recurrences keep its local time")
        @NotBlank
        @TimeZoneId
        String timezone,
    @Schema(description = "Optional RFC 5545 RRULE, e.g. FREQ=WEEKLY;COUNT=10") @Size(max = 500)
        String recurrence,
    @Schema(description = "Seats per session, 1-10000") @NotNull @Min(1) @Max(10000)
        Integer capacity,
    @Schema(description = "Member id of the host; defaults to the caller") @Size(max = 64)
        String hostId) {}

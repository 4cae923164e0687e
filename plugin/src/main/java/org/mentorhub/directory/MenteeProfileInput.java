package org.mentorhub.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorhub.platform.validation.CountryCode;
import org.mentorhub.platform.validation.LanguageCode;
import org.mentorhub.platform.validation.TimeZoneId;

/**
 * The body of {@code PUT /api/v1/mentees/me}: what a mentee needs, used for matching. As in {@link
 * MentorProfileInput}, {@code @Schema} on each constrained component documents it and keeps
 * Payara's OpenAPI scanner working.
 */
public record MenteeProfileInput(
    @Schema(description = "What you want to achieve with a mentor's help")
        @NotBlank
        @Size(min = 20, max = 4000)
        String goals,
    @Schema(description = "Your industry, free text") @Size(max = 60) String industry,
    @Schema(description = "ISO 639-1 codes of languages you can be mentored in")
        @NotNull
        @Size(min = 1, max = 10)
        List<@NotBlank @LanguageCode String> languages,
    @Schema(description = "ISO 3166-1 alpha-2 country code") @NotBlank @CountryCode String country,
    @Schema(description = "IANA time zone, e.g. America/Chicago") @NotBlank @TimeZoneId
        String timezone,
    @Schema(description = "idea, early, growth or established")
        @NotNull
        @Pattern(regexp = Stage.PATTERN, message = Stage.MESSAGE)
        String stage,
    @Schema(description = "The version you last read; a stale one gets 409") Long version) {}

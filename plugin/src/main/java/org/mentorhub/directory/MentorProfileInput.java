package org.mentorhub.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * The body of {@code PUT /api/v1/mentors/me}. {@code version} is the version last read; when sent
 * and no longer current, the write is refused with 409 instead of overwriting someone's change.
 *
 * <p>{@code @Schema} states each rule for the OpenAPI document, which does not read the constraints
 * (see mp.openapi.scan.beanvalidation in microprofile-config.properties).
 */
public record MentorProfileInput(
    @Schema(description = "Name shown in the directory") @NotBlank @Size(max = 120) String name,
    @Schema(description = "One line on what you can help with") @NotBlank @Size(max = 160)
        String headline,
    @Schema(description = "A few paragraphs of plain text") @Size(max = 5000) String bio,
    @Schema(description = "0-10 industries, free text") @Size(max = 10)
        List<@NotBlank @Size(max = 60) String> industries,
    @Schema(description = "1-10 areas of expertise, free text") @NotNull @Size(min = 1, max = 10)
        List<@NotBlank @Size(max = 60) String> expertise,
    @Schema(description = "ISO 639-1 codes of the languages you mentor in")
        @NotNull
        @Size(min = 1, max = 10)
        List<@NotBlank @LanguageCode String> languages,
    @Schema(description = "ISO 3166-1 alpha-2 country code") @NotBlank @CountryCode String country,
    @Schema(description = "IANA time zone, e.g. Europe/London") @NotBlank @TimeZoneId
        String timezone,
    @Schema(description = "Business stage you know best: idea, early, growth or established")
        @Pattern(regexp = Stage.PATTERN, message = Stage.MESSAGE)
        String stage,
    @Schema(description = "Years running a business") @Min(0) @Max(100) Integer yearsInBusiness,
    @Schema(description = "How many mentees at once (default 3)") @Min(1) @Max(50)
        Integer maxMentees,
    @Schema(description = "Whether you take new requests (default true)") Boolean accepting,
    @Schema(description = "The version you last read; a stale one gets 409") Long version) {}

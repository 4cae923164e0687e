package org.mentorhub.hostsync;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who an import line is about, as the host knows them: its member id (the {@code sub} of its
 * tokens), name and email. The limits are those of the member table.
 */
public record ImportIdentity(
    @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[^\\s|,]+", message = "must not contain spaces, '|' or ','")
        String id,
    @NotBlank @Size(max = 200) String name,
    @Email @Size(max = 320) String email) {}

package org.mentorhub.directory;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of accept/decline/withdraw: a reason, and whether to stop taking requests. */
public record RequestDecisionInput(
    @Schema(description = "A short reason shown to the mentee, up to 1000 characters")
        @Size(max = 1000)
        String reason,
    @Schema(description = "On accept: stop accepting new requests from now on")
        Boolean stopAccepting) {}

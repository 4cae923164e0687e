package org.mentorhub.training;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST .../steps/{stepId}/quiz-attempts}: chosen option ids per question. */
public record QuizAttemptInput(
    @Schema(
            description =
                "Option ids chosen per question id, e.g. {\"q1\": [\"b\"]}; an unanswered question"
                    + " counts as wrong",
            required = true)
        @NotNull
        Map<String, List<String>> answers) {}

package org.mentorhub.training;

import java.util.List;

/** A whole track as the caller may take it: lessons as HTML, quizzes without their answers. */
public record TrackView(
    String slug,
    String title,
    String audience,
    String summary,
    int estimatedMinutes,
    int version,
    List<String> prerequisites,
    List<StepView> steps,
    TrackProgress progress) {}

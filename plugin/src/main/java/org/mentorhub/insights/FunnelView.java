package org.mentorhub.insights;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/** The funnel from members to an achieved goal; shapes documented in the insights API brief. */
@JsonbNillable
public record FunnelView(String programme, Instant from, Instant to, List<Stage> stages) {

  /** One stage: distinct members, and their share of the previous and of the first stage. */
  @JsonbNillable
  public record Stage(
      String key, String label, long count, Double shareOfPrevious, Double shareOfFirst) {}
}

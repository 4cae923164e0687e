package org.mentorhub.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much each criterion counts when matching a mentee to mentors, from 0 (ignored) to 10, where
 * 10 means must-match: mentors failing that criterion are not recommended at all.
 */
@ApplicationScoped
public class MatchWeights {

  /** Weight at which a criterion becomes a hard filter. */
  public static final int MUST = 10;

  @Inject
  @ConfigProperty(name = "mentorhub.matching.weight.language", defaultValue = "10")
  int language;

  @Inject
  @ConfigProperty(name = "mentorhub.matching.weight.expertise", defaultValue = "8")
  int expertise;

  @Inject
  @ConfigProperty(name = "mentorhub.matching.weight.industry", defaultValue = "6")
  int industry;

  @Inject
  @ConfigProperty(name = "mentorhub.matching.weight.timezone", defaultValue = "4")
  int timezone;

  @Inject
  @ConfigProperty(name = "mentorhub.matching.weight.country", defaultValue = "3")
  int country;

  @Inject
  @ConfigProperty(name = "mentorhub.matching.weight.stage", defaultValue = "3")
  int stage;

  @Inject
  @ConfigProperty(name = "mentorhub.matching.demand-penalty", defaultValue = "0.3")
  double demandPenalty;

  /** The weights as a value, for the scorer. */
  public MatchScorer.Weights values() {
    return new MatchScorer.Weights(
        language, expertise, industry, timezone, country, stage, demandPenalty);
  }
}

package org.mentorhub.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorhub.directory.index.MentorDocument;

class MatchScorerTest {

  private static final Instant JANUARY = Instant.parse("2026-01-15T12:00:00Z");
  private static final MatchScorer.Weights DEFAULTS =
      new MatchScorer.Weights(10, 8, 6, 4, 3, 3, 0.3);
  private static final MatchScorer.Mentee MENTEE =
      new MatchScorer.Mentee(
          List.of("es", "en"),
          "Retail",
          "MX",
          "America/Mexico_City",
          "early",
          "I need help with pricing and cash flow for my shop");

  private static MentorDocument mentor(
      String id,
      List<String> languages,
      String industry,
      String country,
      String zone,
      String stage,
      int seatsLeft,
      String... expertise) {
    return new MentorDocument(
        id,
        "M " + id,
        "Headline",
        null,
        List.of(industry),
        List.of(expertise),
        languages,
        country,
        zone,
        stage,
        10,
        3,
        seatsLeft,
        true,
        true);
  }

  @Test
  void aCloseFitScoresHighWithReadableReasons() {
    MatchScorer.Match match =
        new MatchScorer(DEFAULTS)
            .score(
                MENTEE,
                mentor(
                    "a",
                    List.of("es"),
                    "Retail",
                    "MX",
                    "America/Mexico_City",
                    "growth",
                    3,
                    "Pricing",
                    "Cash flow"),
                1.0,
                JANUARY);
    assertThat(match.score()).isGreaterThanOrEqualTo(90);
    assertThat(match.reasons())
        .contains(
            "speaks Spanish",
            "expertise in pricing, cash flow matches your goals",
            "retail industry",
            "same time zone",
            "also in Mexico",
            "knows the growth stage",
            "3 of 3 seats free");
  }

  @Test
  void timeZoneDistanceIsExplainedInHoursAndLowersTheScore() {
    MatchScorer scorer = new MatchScorer(DEFAULTS);
    MatchScorer.Match near =
        scorer.score(
            MENTEE,
            mentor("n", List.of("es"), "Retail", "US", "America/New_York", "early", 3, "Pricing"),
            1.0,
            JANUARY);
    MatchScorer.Match far =
        scorer.score(
            MENTEE,
            mentor("f", List.of("es"), "Retail", "ES", "Europe/Madrid", "early", 3, "Pricing"),
            1.0,
            JANUARY);
    assertThat(near.reasons()).contains("1 h time-zone difference");
    assertThat(far.score()).isLessThan(near.score());
  }

  @Test
  void mustMatchCriteriaExcludeMentors() {
    assertThat(
            new MatchScorer(DEFAULTS)
                .score(
                    MENTEE,
                    mentor(
                        "x",
                        List.of("de"),
                        "Retail",
                        "MX",
                        "America/Mexico_City",
                        "early",
                        3,
                        "Pricing"),
                    1.0,
                    JANUARY))
        .as("language weight 10 means must share a language")
        .isNull();
    MatchScorer industryMust = new MatchScorer(new MatchScorer.Weights(10, 8, 10, 4, 3, 3, 0.3));
    assertThat(
            industryMust.score(
                MENTEE,
                mentor(
                    "y",
                    List.of("es"),
                    "Fitness",
                    "MX",
                    "America/Mexico_City",
                    "early",
                    3,
                    "Pricing"),
                1.0,
                JANUARY))
        .isNull();
  }

  @Test
  void mentorsNearCapacityRankLowerSoDemandSpreads() {
    MatchScorer scorer = new MatchScorer(DEFAULTS);
    int free =
        scorer
            .score(
                MENTEE,
                mentor(
                    "free",
                    List.of("es"),
                    "Retail",
                    "MX",
                    "America/Mexico_City",
                    "early",
                    3,
                    "Pricing"),
                1.0,
                JANUARY)
            .score();
    int busy =
        scorer
            .score(
                MENTEE,
                mentor(
                    "busy",
                    List.of("es"),
                    "Retail",
                    "MX",
                    "America/Mexico_City",
                    "early",
                    1,
                    "Pricing"),
                1.0,
                JANUARY)
            .score();
    assertThat(busy).isLessThan(free);
  }

  @Test
  void zeroWeightsIgnoreACriterion() {
    MatchScorer noCountry = new MatchScorer(new MatchScorer.Weights(10, 8, 6, 4, 0, 3, 0));
    int home =
        noCountry
            .score(
                MENTEE,
                mentor(
                    "h",
                    List.of("es"),
                    "Retail",
                    "MX",
                    "America/Mexico_City",
                    "early",
                    3,
                    "Pricing"),
                1.0,
                JANUARY)
            .score();
    int abroad =
        noCountry
            .score(
                MENTEE,
                mentor(
                    "a",
                    List.of("es"),
                    "Retail",
                    "GT",
                    "America/Mexico_City",
                    "early",
                    3,
                    "Pricing"),
                1.0,
                JANUARY)
            .score();
    assertThat(home).isEqualTo(abroad);
  }

  @Test
  void aMentorWithoutAStageStillScores() {
    MatchScorer.Match match =
        new MatchScorer(DEFAULTS)
            .score(
                MENTEE,
                mentor(
                    "s", List.of("es"), "Retail", "MX", "America/Mexico_City", null, 3, "Pricing"),
                1.0,
                JANUARY);
    assertThat(match.score()).isPositive();
  }
}

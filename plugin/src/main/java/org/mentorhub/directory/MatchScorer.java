package org.mentorhub.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentorhub.directory.index.MentorDocument;

/**
 * Scores a mentor for a mentee on explicit criteria (language, expertise against the goals,
 * industry, time-zone distance, country, stage) into 0..100, with the reasons a person can read.
 * Mentors close to capacity score lower, so demand spreads over more mentors.
 */
final class MatchScorer {

  private static final List<String> STAGES = List.of("idea", "early", "growth", "established");

  /** Criterion weights 0..10 (10 = must match) and how much a full mentor is penalised. */
  record Weights(
      int language,
      int expertise,
      int industry,
      int timezone,
      int country,
      int stage,
      double demandPenalty) {}

  /** What is known of the mentee. */
  record Mentee(
      List<String> languages,
      String industry,
      String country,
      String timezone,
      String stage,
      String goals) {}

  /** A scored mentor; {@code null} from {@link #score} when a must-match criterion fails. */
  record Match(MentorDocument mentor, int score, List<String> reasons) {}

  private final Weights weights;

  MatchScorer(Weights weights) {
    this.weights = weights;
  }

  /**
   * @param relevance how well the mentor's text matches the goals, 0..1 relative to the best
   *     candidate
   */
  Match score(Mentee mentee, MentorDocument mentor, double relevance, Instant now) {
    List<String> reasons = new ArrayList<>();
    double sum = 0;
    double total = 0;

    List<String> shared = mentor.languages().stream().filter(mentee.languages()::contains).toList();
    double language = shared.isEmpty() ? 0 : 1;
    if (language > 0) {
      reasons.add("speaks " + languageNames(shared));
    }
    Double[] criteria = new Double[6];
    criteria[0] = language;

    List<String> matchedExpertise =
        mentor.expertise().stream().filter(tag -> mentionedIn(mentee.goals(), tag)).toList();
    double expertise = Math.max(relevance, matchedExpertise.isEmpty() ? 0 : 1);
    if (!matchedExpertise.isEmpty()) {
      reasons.add(
          "expertise in "
              + String.join(", ", matchedExpertise).toLowerCase(Locale.ROOT)
              + " matches your goals");
    } else if (relevance >= 0.5) {
      reasons.add("profile matches your goals");
    }
    criteria[1] = expertise;

    double industry =
        mentee.industry() != null
                && mentor.industries().stream().anyMatch(i -> i.equalsIgnoreCase(mentee.industry()))
            ? 1
            : 0;
    if (industry > 0) {
      reasons.add(mentee.industry().toLowerCase(Locale.ROOT) + " industry");
    }
    criteria[2] = industry;

    double hours = hoursApart(mentee.timezone(), mentor.timezone(), now);
    double timezone = hours <= 1 ? 1 : Math.max(0, 1 - (hours - 1) / 7);
    if (hours < 0.5) {
      reasons.add("same time zone");
    } else if (timezone > 0) {
      reasons.add(formatHours(hours) + " time-zone difference");
    }
    criteria[3] = timezone;

    double country =
        mentee.country() != null && mentee.country().equalsIgnoreCase(mentor.country()) ? 1 : 0;
    if (country > 0) {
      reasons.add("also in " + new Locale("", mentor.country()).getDisplayCountry(Locale.ENGLISH));
    }
    criteria[4] = country;

    double stage = stageFit(mentee.stage(), mentor.stage());
    if (stage >= 0.8) {
      reasons.add("knows the " + mentor.stage() + " stage");
    }
    criteria[5] = stage;

    int[] w = {
      weights.language(),
      weights.expertise(),
      weights.industry(),
      weights.timezone(),
      weights.country(),
      weights.stage()
    };
    for (int i = 0; i < w.length; i++) {
      if (w[i] >= MatchWeights.MUST && criteria[i] <= 0) {
        return null;
      }
      sum += w[i] * criteria[i];
      total += w[i];
    }
    double fit = total == 0 ? 0 : sum / total;
    double load =
        mentor.maxMentees() == 0 ? 1 : 1 - (double) mentor.seatsLeft() / mentor.maxMentees();
    double spread = fit * (1 - weights.demandPenalty() * load);
    if (mentor.seatsLeft() > 0) {
      reasons.add(
          mentor.seatsLeft()
              + " of "
              + mentor.maxMentees()
              + (mentor.maxMentees() == 1 ? " seat" : " seats")
              + " free");
    }
    return new Match(
        mentor, (int) Math.round(Math.max(0, Math.min(1, spread)) * 100), List.copyOf(reasons));
  }

  private static boolean mentionedIn(String goals, String tag) {
    if (goals == null) {
      return false;
    }
    String text = " " + goals.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    String needle = tag.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return !needle.isEmpty() && text.contains(" " + needle);
  }

  private static double stageFit(String menteeStage, String mentorStage) {
    // List.of(...).indexOf(null) throws, and a mentor need not state a stage.
    int mentee = menteeStage == null ? -1 : STAGES.indexOf(menteeStage);
    int mentor = mentorStage == null ? -1 : STAGES.indexOf(mentorStage);
    if (mentee < 0 || mentor < 0) {
      return 0.5;
    }
    if (mentor == mentee) {
      return 1;
    }
    // A mentor a stage or two ahead has walked the road; one behind has not.
    return mentor > mentee ? (mentor - mentee == 1 ? 0.9 : 0.7) : 0.2;
  }

  static double hoursApart(String a, String b, Instant at) {
    try {
      int offsetA = ZoneId.of(a).getRules().getOffset(at).getTotalSeconds();
      int offsetB = ZoneId.of(b).getRules().getOffset(at).getTotalSeconds();
      int diff = Math.abs(offsetA - offsetB);
      return Math.min(diff, 24 * 3600 - diff) / 3600.0;
    } catch (RuntimeException e) {
      return 12;
    }
  }

  private static String formatHours(double hours) {
    return hours == Math.rint(hours)
        ? (int) hours + " h"
        : String.format(Locale.ROOT, "%.1f h", hours);
  }

  private static String languageNames(List<String> codes) {
    List<String> names =
        codes.stream()
            .map(c -> Locale.forLanguageTag(c).getDisplayLanguage(Locale.ENGLISH))
            .toList();
    return String.join(" and ", names);
  }
}

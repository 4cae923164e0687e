package org.mentorhub.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mentorhub.directory.index.MentorSearcher;
import org.mentorhub.platform.problem.ConflictException;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.security.Caller;

/** Recommends mentors to a mentee: candidates from the index, scored on explicit criteria. */
@ApplicationScoped
public class MatchingService {

  private static final int CANDIDATES = 300;

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject DirectoryIndexer indexer;
  @Inject MatchWeights weights;
  @Inject Clock clock;

  @Transactional
  public List<RecommendationView> recommend(Caller caller, Integer limit) {
    int n = limit == null ? 10 : limit;
    if (n < 1 || n > 50) {
      throw new InvalidRequestException("limit", "must be between 1 and 50");
    }
    MenteeProfile needs = em.find(MenteeProfile.class, caller.id());
    if (needs == null) {
      throw new ConflictException(
          "Tell us what you need first: PUT /api/v1/mentees/me with your goals, languages and time zone.");
    }
    MatchScorer.Weights w = weights.values();
    MatchScorer scorer = new MatchScorer(w);
    MatchScorer.Mentee mentee =
        new MatchScorer.Mentee(
            needs.languages(),
            needs.industry(),
            needs.country(),
            needs.timezone(),
            needs.stage(),
            needs.goals());
    List<MentorSearcher.Candidate> candidates =
        indexer
            .searcher()
            .candidates(
                needs.goals(),
                needs.industry(),
                w.language() >= MatchWeights.MUST ? needs.languages() : List.of(),
                caller.id(),
                CANDIDATES);
    double best =
        candidates.stream().mapToDouble(MentorSearcher.Candidate::relevance).max().orElse(1);
    Instant now = clock.instant();
    return candidates.stream()
        .map(c -> scorer.score(mentee, c.mentor(), best <= 0 ? 0 : c.relevance() / best, now))
        .filter(Objects::nonNull)
        .sorted(
            Comparator.comparingInt(MatchScorer.Match::score)
                .reversed()
                .thenComparing(m -> m.mentor().id()))
        .limit(n)
        .map(
            m ->
                new RecommendationView(
                    m.mentor().id(),
                    m.mentor().name(),
                    m.mentor().headline(),
                    m.score(),
                    m.reasons()))
        .toList();
  }
}

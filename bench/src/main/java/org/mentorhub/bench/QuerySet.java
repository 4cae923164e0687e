package org.mentorhub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.mentorhub.demo.CommunityGenerator;
import org.mentorhub.demo.CommunityGenerator.GeneratedMentor;
import org.mentorhub.directory.index.MentorFields;

/**
 * The benchmark's fixed mixed query set, drawn from the same generator as the data: words come from
 * generated expertise areas and industries, filter values from generated profiles, so their
 * frequencies follow the data (common countries are asked for more often, as in life).
 */
public final class QuerySet {

  /** How many generated profiles the vocabulary is sampled from. */
  private static final int SAMPLE = 2_000;

  private final SplittableRandom random;
  private final List<GeneratedMentor> people;
  private final List<String> words = new ArrayList<>();

  private QuerySet(long seed) {
    this.random = new SplittableRandom(seed);
    // A different seed from the data's, so queries are not tuned to the first profiles indexed.
    this.people = new CommunityGenerator(seed ^ 0x5EED).mentors(1, SAMPLE + 1).toList();
    for (GeneratedMentor m : people) {
      m.expertise().forEach(this::addWords);
      m.industries().forEach(this::addWords);
    }
  }

  /**
   * {@code count} queries: 40 % plain text (1-3 words, a fifth of them with a typo), 30 % text with
   * two filters (industry + language or expertise + country), 30 % filters only (country,
   * expertise, or both); the same seed gives the same set.
   */
  public static List<BenchQuery> mixed(long seed, int count) {
    QuerySet set = new QuerySet(seed);
    List<BenchQuery> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int slot = i % 10;
      queries.add(slot < 4 ? set.text() : slot < 7 ? set.textAndFilters() : set.filtersOnly());
    }
    return queries;
  }

  private BenchQuery text() {
    int n = 1 + random.nextInt(3);
    List<String> chosen = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      chosen.add(pick(words));
    }
    if (random.nextInt(5) == 0) {
      int at = random.nextInt(n);
      chosen.set(at, typo(chosen.get(at)));
    }
    return new BenchQuery(BenchQuery.Kind.TEXT, String.join(" ", chosen), Map.of());
  }

  private BenchQuery textAndFilters() {
    String text = pick(words);
    GeneratedMentor m = pick(people);
    Map<String, List<String>> filters =
        random.nextBoolean()
            ? Map.of(
                MentorFields.DIM_INDUSTRY, List.of(pick(m.industries())),
                MentorFields.DIM_LANGUAGE, List.of(pick(m.languages())))
            : Map.of(
                MentorFields.DIM_EXPERTISE, List.of(pick(m.expertise())),
                MentorFields.DIM_COUNTRY, List.of(m.country()));
    return new BenchQuery(BenchQuery.Kind.TEXT_AND_FILTERS, text, filters);
  }

  private BenchQuery filtersOnly() {
    GeneratedMentor m = pick(people);
    Map<String, List<String>> filters =
        switch (random.nextInt(3)) {
          case 0 -> Map.of(MentorFields.DIM_COUNTRY, List.of(m.country()));
          case 1 -> Map.of(MentorFields.DIM_EXPERTISE, List.of(pick(m.expertise())));
          default ->
              Map.of(
                  MentorFields.DIM_COUNTRY, List.of(m.country()),
                  MentorFields.DIM_EXPERTISE, List.of(pick(m.expertise())));
        };
    return new BenchQuery(BenchQuery.Kind.FILTERS_ONLY, "", filters);
  }

  private void addWords(String tag) {
    for (String word : tag.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (word.length() >= 4) {
        words.add(word);
      }
    }
  }

  /** Drops or swaps a letter inside the word, the two commonest typing slips. */
  private String typo(String word) {
    if (word.length() < 5) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 2);
    if (random.nextBoolean()) {
      return word.substring(0, at) + word.substring(at + 1);
    }
    char[] letters = word.toCharArray();
    char c = letters[at];
    letters[at] = letters[at + 1];
    letters[at + 1] = c;
    return new String(letters);
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}

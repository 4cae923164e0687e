package org.mentorhub.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Makes a realistic, varied community of mentors and mentees from a seed: the same seed gives the
 * same people, so demos, tests and benchmarks can be repeated.
 *
 * <p>Each person is derived from the seed and their index alone, so a stream of a million profiles
 * needs no memory beyond the one being written, and any slice can be generated in parallel.
 */
public final class CommunityGenerator {

  /** Prefix of every generated member id, so demo people are easy to tell from real ones. */
  public static final String ID_PREFIX = "demo-";

  private final long seed;

  public CommunityGenerator(long seed) {
    this.seed = seed;
  }

  /** A generated mentor with everything their profile needs. */
  public record GeneratedMentor(
      String id,
      String name,
      String email,
      String headline,
      String bio,
      List<String> industries,
      List<String> expertise,
      List<String> languages,
      String country,
      String timezone,
      String stage,
      int yearsInBusiness,
      int maxMentees,
      boolean accepting) {}

  /** A generated mentee and what they need. */
  public record GeneratedMentee(
      String id,
      String name,
      String email,
      String goals,
      String industry,
      List<String> languages,
      String country,
      String timezone,
      String stage) {}

  public static String mentorId(int index) {
    return String.format(Locale.ROOT, "%smentor-%07d", ID_PREFIX, index);
  }

  public static String menteeId(int index) {
    return String.format(Locale.ROOT, "%smentee-%07d", ID_PREFIX, index);
  }

  /** Mentors number {@code from} (inclusive) to {@code to} (exclusive). */
  public Stream<GeneratedMentor> mentors(int from, int to) {
    return IntStream.range(from, to).mapToObj(this::mentor);
  }

  public Stream<GeneratedMentee> mentees(int from, int to) {
    return IntStream.range(from, to).mapToObj(this::mentee);
  }

  public GeneratedMentor mentor(int index) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    String name = pick(random, Vocabulary.FIRST_NAMES) + " " + pick(random, Vocabulary.LAST_NAMES);
    Places.Place place = pickSkewed(random, Places.ALL);
    List<String> industries = sample(random, Vocabulary.INDUSTRIES, 1 + random.nextInt(3));
    List<String> expertise = sample(random, Vocabulary.EXPERTISE, 2 + random.nextInt(5));
    int years = 2 + random.nextInt(34);
    String industry = industries.get(0);
    String topic = expertise.get(0).toLowerCase(Locale.ROOT);
    String headline =
        String.format(Locale.ROOT, pick(random, Vocabulary.HEADLINES), industry, years, topic);
    String bio =
        String.join(
            "\n\n",
            String.format(Locale.ROOT, pick(random, Vocabulary.BIO_OPENINGS), industry, years),
            String.format(
                Locale.ROOT,
                pick(random, Vocabulary.BIO_MIDDLES),
                String.join(" and ", expertise.subList(0, 2)).toLowerCase(Locale.ROOT)),
            pick(random, Vocabulary.BIO_CLOSINGS));
    return new GeneratedMentor(
        mentorId(index),
        name,
        emailOf(name, index),
        headline,
        bio,
        industries,
        expertise,
        languages(random, place),
        place.country(),
        pickSkewed(random, place.zones()),
        Vocabulary.STAGES.get(1 + random.nextInt(3)),
        years,
        1 + random.nextInt(5),
        random.nextInt(10) != 0);
  }

  public GeneratedMentee mentee(int index) {
    SplittableRandom random = new SplittableRandom(~(seed * 1_000_003L + index));
    String name = pick(random, Vocabulary.FIRST_NAMES) + " " + pick(random, Vocabulary.LAST_NAMES);
    Places.Place place = pickSkewed(random, Places.ALL);
    return new GeneratedMentee(
        menteeId(index),
        name,
        emailOf(name, index),
        pick(random, Vocabulary.GOALS),
        pick(random, Vocabulary.INDUSTRIES),
        languages(random, place),
        place.country(),
        pickSkewed(random, place.zones()),
        Vocabulary.STAGES.get(random.nextInt(3)));
  }

  private static List<String> languages(SplittableRandom random, Places.Place place) {
    LinkedHashSet<String> languages = new LinkedHashSet<>();
    if (!place.languages().isEmpty() && random.nextInt(4) != 0) {
      languages.add(place.languages().get(0));
    }
    languages.add("en");
    if (random.nextInt(3) == 0) {
      languages.add(pick(random, List.of("es", "fr", "pt", "ar", "de", "zh", "hi", "sw")));
    }
    return List.copyOf(languages);
  }

  private static String emailOf(String name, int index) {
    String local =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z]+", ".");
    return local + "." + index + "@example.org";
  }

  private static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** Earlier entries more often: a few countries and zones hold most members, as in life. */
  private static <T> T pickSkewed(SplittableRandom random, List<T> from) {
    double u = random.nextDouble();
    return from.get((int) (u * u * from.size()));
  }

  private static List<String> sample(SplittableRandom random, List<String> from, int count) {
    List<String> pool = new ArrayList<>(from);
    List<String> chosen = new ArrayList<>(count);
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      chosen.add(pool.remove(random.nextInt(pool.size())));
    }
    return chosen;
  }
}

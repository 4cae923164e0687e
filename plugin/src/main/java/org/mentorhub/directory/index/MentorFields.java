package org.mentorhub.directory.index;

/**
 * The fields of a mentor document and why each is indexed the way it is.
 *
 * <p>Text fields keep offsets in their postings so the unified highlighter can cut snippets without
 * re-analysing stored text; filter fields are exact lowercase keys; facet dimensions use sorted-set
 * doc values, which need no taxonomy index beside the main one.
 */
public final class MentorFields {

  /** Member id: exact, stored, the key for updates and deletes. */
  public static final String ID = "id";

  /** Display name: analysed without stemming (names are not words), stored for results. */
  public static final String NAME = "name";

  /** Name split into edge n-grams of each word, only for suggestions as people type. */
  public static final String NAME_PREFIX = "name_prefix";

  /**
   * Name, headline, expertise and industries as unstemmed, folded words: typo tolerance compares
   * against what people wrote, since a misspelt word ("prcing") does not stem like the real one.
   */
  public static final String WORDS = "words";

  /** One-line pitch: analysed with stemming, stored, highlighted, boosted above the bio. */
  public static final String HEADLINE = "headline";

  /** Free text: analysed with stemming, stored, highlighted, the weakest text signal. */
  public static final String BIO = "bio";

  /** Expertise tags as text (stemmed, highlighted) for matching a query's words. */
  public static final String EXPERTISE = "expertise";

  /** Industry tags as text, for matching a query's words. */
  public static final String INDUSTRIES = "industries";

  /** Exact lowercase keys of tags and codes, for filters; facets use the same keys. */
  public static final String INDUSTRY_KEY = "industry_key";

  public static final String EXPERTISE_KEY = "expertise_key";
  public static final String LANGUAGE_KEY = "language_key";
  public static final String COUNTRY_KEY = "country_key";

  /** "1" when other members may find the mentor; every member-facing query filters on it. */
  public static final String LISTED = "listed";

  /** "1" when accepting requests: a filter, and doc values for "accepting first" sorting. */
  public static final String ACCEPTING = "accepting";

  /** Seats left, as doc values, for matching and sorting; also stored. */
  public static final String SEATS_LEFT = "seats_left";

  /** The rest of the profile as one stored JSON-free blob of fields for result rendering. */
  public static final String TIMEZONE = "timezone";

  public static final String STAGE = "stage";
  public static final String MAX_MENTEES = "max_mentees";

  /** Display spellings of tags, stored in the order the mentor gave them. */
  public static final String INDUSTRY_LABEL = "industry_label";

  public static final String EXPERTISE_LABEL = "expertise_label";

  /**
   * Each facet dimension's keys again, as sorted-set doc values of their own: a drill-sideways
   * count needs one dimension over a large set of hits, and reading it from its own field visits
   * that dimension's few values per profile instead of all of a profile's facet values in the
   * shared facet field (which stock Lucene faceting and drill-down terms still use).
   */
  public static final String INDUSTRY_COUNTS = "industry_counts";

  public static final String EXPERTISE_COUNTS = "expertise_counts";
  public static final String LANGUAGE_COUNTS = "language_counts";

  /** Single-valued, so Lucene stores it as sorted doc values: one ordinal read per profile. */
  public static final String COUNTRY_COUNTS = "country_counts";

  /** Facet dimensions as the API names them. */
  public static final String DIM_INDUSTRY = "industry";

  public static final String DIM_EXPERTISE = "expertise";
  public static final String DIM_LANGUAGE = "language";
  public static final String DIM_COUNTRY = "country";

  private MentorFields() {}
}

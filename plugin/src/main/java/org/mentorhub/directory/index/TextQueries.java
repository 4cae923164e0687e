package org.mentorhub.directory.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds a forgiving Lucene query from whatever a member typed. There is no query syntax to get
 * wrong: quoted text becomes a phrase, every other word is looked up in every text field (best
 * field wins), with the domain's synonyms and, for words of four letters or more, a typo allowance.
 * Most words must match somewhere (all of them for one or two words), so results stay relevant.
 */
final class TextQueries {

  /** Field boosts: what a mentor says they are expert in matters more than their bio. */
  static final Map<String, Float> BOOSTS =
      Map.of(
          MentorFields.EXPERTISE, 3.0f,
          MentorFields.HEADLINE, 2.5f,
          MentorFields.NAME, 2.0f,
          MentorFields.INDUSTRIES, 2.0f,
          MentorFields.BIO, 1.0f);

  private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
  private static final float FUZZY_WEIGHT = 0.5f;

  /** Typo matches are scored like a headline match at half weight. */
  private static final float WORDS_BOOST = 2.5f;

  private final Analyzer analyzer = MentorAnalyzers.forQueries();
  private final QueryBuilder builder = new QueryBuilder(analyzer);

  /**
   * The query for {@code text}, or null when there is nothing to search for. Words for which {@code
   * knownWord} holds (as indexed in the {@code words} field) get no typo alternatives: a word many
   * profiles use is what the member meant, and each typo alternative is a disjunction of up to
   * fifty words that every search would pay for.
   */
  Query build(String text, Predicate<String> knownWord) {
    return build(text, true, knownWord, null);
  }

  /**
   * The query the highlighter gets for the hits of {@link #build}: the same, except that each typo
   * alternative matches any document instead. Hits already matched the real query, and the
   * highlighter builds its query again for every document and field it marks: expanding the typo
   * alternatives (up to 50 words each, and never highlighted, since they search the unhighlighted
   * {@code words} field) that often was most of a search's time.
   */
  Query forHighlighting(String text) {
    return build(text, false, word -> false, null);
  }

  /**
   * {@link #forHighlighting(String)} for marking one field: every clause on another field matches
   * any document instead. The highlighter builds the query's weight again for each document and
   * field; with the other fields' terms gone it looks up a fifth of the terms, and since a clause
   * on another field could only have made its parent match, never stop matching, the marks in
   * {@code field} are the same.
   */
  Query forHighlighting(String text, String field) {
    return build(text, false, word -> false, field);
  }

  private Query build(String text, boolean typos, Predicate<String> knownWord, String onlyField) {
    List<String> phrases = new ArrayList<>();
    Matcher m = PHRASE.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      if (!m.group(1).isBlank()) {
        phrases.add(m.group(1));
      }
      m.appendReplacement(rest, " ");
    }
    m.appendTail(rest);
    String words = rest.toString().replace('"', ' ').trim();

    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean any = false;
    for (String phrase : phrases) {
      Query q = perField(f -> builder.createPhraseQuery(f, phrase), onlyField);
      if (q != null) {
        query.add(q, Occur.MUST);
        any = true;
      }
    }
    Query wordQuery = words(words, typos, knownWord, onlyField);
    if (wordQuery != null) {
      query.add(wordQuery, Occur.MUST);
      any = true;
    }
    return any ? query.build() : null;
  }

  /**
   * A loose relevance query for a longer text such as a mentee's goals: any word may match, the
   * more and the rarer the better; used to rank, never to require.
   */
  Query relevance(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return perField(f -> builder.createBooleanQuery(f, text, Occur.SHOULD), null);
  }

  /**
   * Either most of the words match one by one, or the whole text matches through a multi-word
   * synonym ("online store" finds e-commerce mentors).
   */
  private Query words(String text, boolean typos, Predicate<String> knownWord, String onlyField) {
    if (text.isEmpty()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String word : text.split("\\s+")) {
      if (!word.isBlank() && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase())) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      words.add(text);
    }
    BooleanQuery.Builder each = new BooleanQuery.Builder();
    int clauses = 0;
    for (String word : words) {
      Query q = word(word, typos, knownWord, onlyField);
      if (q != null) {
        each.add(q, Occur.SHOULD);
        clauses++;
      }
    }
    if (clauses == 0) {
      return new MatchNoDocsQuery("no searchable words");
    }
    each.setMinimumNumberShouldMatch(clauses <= 2 ? clauses : (int) Math.ceil(clauses * 0.75));
    Query whole = perField(f -> builder.createBooleanQuery(f, text, Occur.MUST), onlyField);
    BooleanQuery.Builder either = new BooleanQuery.Builder().add(each.build(), Occur.SHOULD);
    if (whole != null && words.size() > 1) {
      either.add(whole, Occur.SHOULD);
    }
    return either.build();
  }

  /**
   * One word in any field: exact (with synonyms) or, scored lower, within one typo (two for long
   * words) of a word people wrote in a profile.
   */
  private Query word(String word, boolean typos, Predicate<String> knownWord, String onlyField) {
    List<Query> alternatives = new ArrayList<>();
    for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
      Query exact = builder.createBooleanQuery(field.getKey(), word);
      if (exact != null) {
        alternatives.add(onlyThis(new BoostQuery(exact, field.getValue()), field, onlyField));
      }
    }
    for (String term : terms(analyzer, MentorFields.WORDS, word)) {
      int edits = term.length() >= 8 ? 2 : term.length() >= 4 ? 1 : 0;
      if (edits > 0 && typos && knownWord.test(term)) {
        continue;
      } else if (edits > 0 && typos) {
        alternatives.add(
            new BoostQuery(
                new FuzzyQuery(new Term(MentorFields.WORDS, term), edits, 1, 50, true),
                WORDS_BOOST * FUZZY_WEIGHT));
      } else if (edits > 0) {
        alternatives.add(new MatchAllDocsQuery());
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private Query perField(java.util.function.Function<String, Query> build, String onlyField) {
    List<Query> perField = new ArrayList<>();
    for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
      Query q = build.apply(field.getKey());
      if (q != null) {
        perField.add(onlyThis(new BoostQuery(q, field.getValue()), field, onlyField));
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.1f);
  }

  /** {@code q}, or a match-all in its place when only another field than its own is wanted. */
  private static Query onlyThis(Query q, Map.Entry<String, Float> field, String onlyField) {
    return onlyField == null || onlyField.equals(field.getKey()) ? q : new MatchAllDocsQuery();
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}

package org.mentorhub.directory.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * How text becomes terms. Everything is lower-cased and folded to ASCII ("José" finds "Jose");
 * words in profile text are stemmed ("accounting" finds "accountant's"); names are not, since
 * people's names are not English words. Domain synonyms apply to queries only, so changing the list
 * never requires a reindex.
 */
public final class MentorAnalyzers {

  private static final int MAX_PREFIX = 20;

  private MentorAnalyzers() {}

  /** The analyzer documents are indexed with, chosen per field. */
  public static Analyzer forIndexing() {
    Analyzer text = new TextAnalyzer(null);
    Analyzer name = new NameAnalyzer(false);
    Analyzer prefix = new NameAnalyzer(true);
    return new FieldChooser(
        Map.of(MentorFields.NAME, name, MentorFields.NAME_PREFIX, prefix, MentorFields.WORDS, name),
        text);
  }

  /** The analyzer queries are parsed with: as indexing, plus synonyms on text fields. */
  public static Analyzer forQueries() {
    Analyzer text = new TextAnalyzer(loadSynonyms());
    Analyzer name = new NameAnalyzer(false);
    return new FieldChooser(
        Map.of(MentorFields.NAME, name, MentorFields.NAME_PREFIX, name, MentorFields.WORDS, name),
        text);
  }

  static SynonymMap loadSynonyms() {
    try (InputStream in = MentorAnalyzers.class.getResourceAsStream("synonyms.txt")) {
      if (in == null) {
        throw new IllegalStateException("synonyms.txt is missing from the classpath");
      }
      SolrSynonymParser parser = new SolrSynonymParser(true, true, new NameAnalyzer(false));
      parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("synonyms.txt is malformed: " + e.getMessage(), e);
    }
  }

  private static TokenStream folded(Tokenizer source) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(source));
  }

  /** Profile text: folded, optionally expanded with synonyms, then stemmed. */
  private static final class TextAnalyzer extends Analyzer {
    private final SynonymMap synonyms;

    TextAnalyzer(SynonymMap synonyms) {
      this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = folded(source);
      if (synonyms != null) {
        stream = new SynonymGraphFilter(stream, synonyms, true);
      }
      stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  /** Names: folded words, or their prefixes for suggestions. */
  private static final class NameAnalyzer extends Analyzer {
    private final boolean prefixes;

    NameAnalyzer(boolean prefixes) {
      this.prefixes = prefixes;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = folded(source);
      if (prefixes) {
        stream = new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, true);
      }
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  /** Picks the analyzer of a field, text analysis for any field not named. */
  private static final class FieldChooser extends DelegatingAnalyzerWrapper {
    private final Map<String, Analyzer> byField;
    private final Analyzer fallback;

    FieldChooser(Map<String, Analyzer> byField, Analyzer fallback) {
      super(PER_FIELD_REUSE_STRATEGY);
      this.byField = byField;
      this.fallback = fallback;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return byField.getOrDefault(fieldName, fallback);
    }
  }
}

package org.mentorhub.directory.index;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Filters on terms most profiles have ("listed", a language nearly everyone speaks), kept per
 * segment as bit sets and presented to conjunctions as costly, so that they never lead one.
 *
 * <p>A conjunction is led by its cheapest clause by estimated cost. A text query's estimate is the
 * sum of its terms' postings over five fields, which for a common word is more than the index has
 * documents, so the listed filter (every profile) led and the text was advanced to every listed
 * profile. As a bit set that is only checked at the documents the text or a rarer filter visits,
 * the filter costs a bit test per document. Rare terms stay ordinary term queries, which lead well.
 */
final class DenseFilters {

  /** A term that at least this share of documents has is dense. */
  private static final int DENSE_DIVISOR = 4;

  private static final long NEVER_LEADS = (long) Integer.MAX_VALUE * 64;

  /** Bit sets per segment core (cleared when the segment closes) and term. */
  private final Map<IndexReader.CacheKey, Map<Term, FixedBitSet>> bySegment =
      new ConcurrentHashMap<>();

  /** A filter on {@code term}: a bit set check when dense in {@code reader}, else a term query. */
  Query filter(IndexReader reader, Term term) throws IOException {
    return reader.docFreq(term) >= Math.max(1, reader.maxDoc() / DENSE_DIVISOR)
        ? new DenseTermFilter(term, this)
        : new TermQuery(term);
  }

  /** The segment's documents with {@code term} (deleted ones too), cached per segment. */
  FixedBitSet bits(LeafReaderContext context, Term term) throws IOException {
    IndexReader.CacheHelper helper = context.reader().getCoreCacheHelper();
    if (helper == null) {
      return read(context, term);
    }
    Map<Term, FixedBitSet> terms =
        bySegment.computeIfAbsent(
            helper.getKey(),
            key -> {
              helper.addClosedListener(bySegment::remove);
              return new ConcurrentHashMap<>();
            });
    FixedBitSet bits = terms.get(term);
    if (bits == null) {
      bits = read(context, term);
      terms.put(term, bits);
    }
    return bits;
  }

  /** Every document of the segment with the term, deleted ones too (searches skip those). */
  private static FixedBitSet read(LeafReaderContext context, Term term) throws IOException {
    FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
    org.apache.lucene.index.PostingsEnum postings =
        context.reader().postings(term, org.apache.lucene.index.PostingsEnum.NONE);
    if (postings != null) {
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        bits.set(doc);
      }
    }
    return bits;
  }

  /** The dense filter query; equal for equal terms, so query caches and tests see one query. */
  private static final class DenseTermFilter extends Query {
    private final Term term;
    private final DenseFilters owner;

    DenseTermFilter(Term term, DenseFilters owner) {
      this.term = term;
      this.owner = owner;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
          FixedBitSet bits = owner.bits(context, term);
          // Reported as costlier than any clause (a text query's estimate stays far below this
          // even with hundreds of terms), so that a conjunction never leads with it; sums of a
          // few such estimates in a disjunction cannot overflow.
          DocIdSetIterator iterator = new BitSetIterator(bits, NEVER_LEADS);
          return new ConstantScoreScorer(this, score(), scoreMode, iterator);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
          return false; // it is its own cache
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      if (visitor.acceptField(term.field())) {
        visitor.visitLeaf(this);
      }
    }

    @Override
    public String toString(String field) {
      return "dense(" + term + ")";
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other) && term.equals(((DenseTermFilter) other).term);
    }

    @Override
    public int hashCode() {
      return Objects.hash(classHash(), term);
    }
  }
}

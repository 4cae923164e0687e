package org.mentorhub.directory.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Counts the values of some facet dimensions over the documents a search collects.
 *
 * <p>The hits of each segment are gathered in a bit set, then each dimension is counted the cheaper
 * of two ways. Few hits: read each hit's values from the dimension's own doc values field (a
 * drill-sideways count needs one dimension, so it reads only that one). Many hits, such as the
 * hundreds of thousands a common word matches: for each of the dimension's values (hundreds, not
 * millions) intersect the hits with the value's documents, a cached bit set for a frequent value
 * (one popcount over the segment's words) or its postings for a rare one. The second way costs the
 * same for 300,000 hits as for 3,000 and is what keeps counting a common word cheap.
 */
final class FacetCounter implements CollectorManager<Collector, FacetCounter.Counts> {

  /** A value that at least this share of a segment's documents has is counted by its bit set. */
  static final int FREQUENT_DIVISOR = 256;

  /** Rough cost of reading one hit's doc values per value read, in bit set words. */
  private static final int ORD_READ_COST = 16;

  /** Rough fixed cost per value counted by intersection (term lookup, bit set fetch), in words. */
  private static final int PER_VALUE_COST = 256;

  private final FacetOrdinals ordinals;
  private final DenseFilters bitSets;
  private final List<String> dims;

  FacetCounter(FacetOrdinals ordinals, DenseFilters bitSets, Collection<String> dims) {
    this.ordinals = ordinals;
    this.bitSets = bitSets;
    this.dims = List.copyOf(dims);
  }

  @Override
  public Collector newCollector() {
    return new CountingCollector();
  }

  @Override
  public Counts reduce(Collection<Collector> collectors) {
    Map<String, int[]> total = new LinkedHashMap<>();
    for (String dim : dims) {
      total.put(dim, new int[ordinals.valueCount(dim)]);
    }
    for (Collector c : collectors) {
      int[][] counts = ((CountingCollector) c).counts;
      for (int d = 0; d < dims.size(); d++) {
        int[] into = total.get(dims.get(d));
        for (int ord = 0; ord < into.length; ord++) {
          into[ord] += counts[d][ord];
        }
      }
    }
    return new Counts(ordinals, total);
  }

  /** Counts per dimension, indexed by global ordinal. */
  static final class Counts {
    private final FacetOrdinals ordinals;
    private final Map<String, int[]> byDim;

    Counts(FacetOrdinals ordinals, Map<String, int[]> byDim) {
      this.ordinals = ordinals;
      this.byDim = byDim;
    }

    /**
     * The {@code limit} most frequent values of {@code dim} with their counts, most frequent first
     * and, at equal counts, in key order (as Lucene's sorted-set facet counts rank them); values no
     * document counted are left out.
     */
    List<Map.Entry<String, Integer>> top(String dim, int limit) throws IOException {
      int[] counts = byDim.get(dim);
      // Small arrays (hundreds of values): a partial selection sort over a copy of the ords.
      List<int[]> chosen = new ArrayList<>(limit);
      boolean[] taken = new boolean[counts.length];
      for (int n = 0; n < limit; n++) {
        int best = -1;
        for (int ord = 0; ord < counts.length; ord++) {
          if (!taken[ord] && counts[ord] > 0 && (best < 0 || counts[ord] > counts[best])) {
            best = ord;
          }
        }
        if (best < 0) {
          break;
        }
        taken[best] = true;
        chosen.add(new int[] {best, counts[best]});
      }
      List<Map.Entry<String, Integer>> top = new ArrayList<>(chosen.size());
      for (int[] c : chosen) {
        top.add(Map.entry(ordinals.lookup(dim, c[0]), c[1]));
      }
      return top;
    }
  }

  private final class CountingCollector implements Collector {
    final int[][] counts = new int[dims.size()][];

    CountingCollector() {
      for (int d = 0; d < dims.size(); d++) {
        counts[d] = new int[ordinals.valueCount(dims.get(d))];
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      FixedBitSet leafHits = new FixedBitSet(context.reader().maxDoc());
      return new LeafCollector() {
        int count;

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          leafHits.set(doc);
          count++;
        }

        @Override
        public void finish() throws IOException {
          if (count == 0) {
            return;
          }
          for (int d = 0; d < dims.size(); d++) {
            countLeaf(context, dims.get(d), leafHits, count, counts[d]);
          }
        }
      };
    }
  }

  /** Adds the counts of one dimension over one segment's hits to {@code into} (global ords). */
  private void countLeaf(
      LeafReaderContext context, String dim, FixedBitSet leafHits, int hitCount, int[] into)
      throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(context.reader(), ordinals.field(dim));
    LongValues toGlobal = ordinals.globalOrds(dim, context.ord);
    int valueCount = (int) values.getValueCount();
    int[] segment = toGlobal == null ? into : new int[valueCount];
    Terms keys = context.reader().terms(ordinals.keyField(dim));
    boolean byValue = false;
    if (keys != null && keys.getDocCount() > 0) {
      long ordsPerDoc = 1 + keys.getSumDocFreq() / keys.getDocCount();
      long readCost = (long) hitCount * ordsPerDoc * ORD_READ_COST;
      long words = context.reader().maxDoc() / 64 + 1;
      long intersectCost = (long) valueCount * (words + PER_VALUE_COST);
      byValue = intersectCost < readCost;
    }
    if (byValue) {
      countByValue(context, dim, values, keys, leafHits, segment);
    } else {
      countByReading(values, leafHits, segment);
    }
    if (toGlobal != null) {
      for (int ord = 0; ord < segment.length; ord++) {
        if (segment[ord] != 0) {
          into[(int) toGlobal.get(ord)] += segment[ord];
        }
      }
    }
  }

  /** Reads each hit's values of the dimension. */
  private static void countByReading(SortedSetDocValues values, FixedBitSet leafHits, int[] segment)
      throws IOException {
    SortedDocValues single = DocValues.unwrapSingleton(values);
    BitSetIterator docs = new BitSetIterator(leafHits, 0);
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (single != null) {
        if (single.advanceExact(doc)) {
          segment[single.ordValue()]++;
        }
      } else if (values.advanceExact(doc)) {
        for (int i = values.docValueCount(); i > 0; i--) {
          segment[(int) values.nextOrd()]++;
        }
      }
    }
  }

  /**
   * Intersects the hits with each value's documents: the value's key term has the same documents as
   * the value in the doc values field, and both list the segment's values in the same order.
   */
  private void countByValue(
      LeafReaderContext context,
      String dim,
      SortedSetDocValues values,
      Terms keys,
      FixedBitSet leafHits,
      int[] segment)
      throws IOException {
    TermsEnum valueTerms = values.termsEnum();
    TermsEnum keyTerms = keys.iterator();
    String keyField = ordinals.keyField(dim);
    int frequent = Math.max(1, context.reader().maxDoc() / FREQUENT_DIVISOR);
    PostingsEnum postings = null;
    for (int ord = 0; valueTerms.next() != null; ord++) {
      BytesRef value = valueTerms.term();
      if (!keyTerms.seekExact(value)) {
        continue;
      }
      if (keyTerms.docFreq() >= frequent) {
        FixedBitSet valueDocs =
            bitSets.bits(context, new Term(keyField, BytesRef.deepCopyOf(value)));
        segment[ord] = (int) FixedBitSet.intersectionCount(leafHits, valueDocs);
      } else {
        postings = keyTerms.postings(postings, PostingsEnum.NONE);
        int n = 0;
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (leafHits.get(doc)) {
            n++;
          }
        }
        segment[ord] = n;
      }
    }
  }
}

package org.mentorhub.directory.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts the values of some facet dimensions over the documents a search collects, while it
 * collects them, each dimension from its own doc values field. A drill-sideways count asks for one
 * dimension over a large set of hits; reading only that dimension, with no bit set of the hits in
 * between, is most of what makes those counts cheap.
 */
final class FacetCounter implements CollectorManager<Collector, FacetCounter.Counts> {

  private final FacetOrdinals ordinals;
  private final List<String> dims;

  FacetCounter(FacetOrdinals ordinals, Collection<String> dims) {
    this.ordinals = ordinals;
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

    boolean has(String dim) {
      return byDim.containsKey(dim);
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
      int n = dims.size();
      SortedSetDocValues[] multi = new SortedSetDocValues[n];
      SortedDocValues[] single = new SortedDocValues[n];
      LongValues[] toGlobal = new LongValues[n];
      // Counted in the segment's own ordinals, mapped to global ones once at the end.
      int[][] segment = new int[n][];
      for (int d = 0; d < n; d++) {
        String dim = dims.get(d);
        multi[d] = DocValues.getSortedSet(context.reader(), ordinals.field(dim));
        single[d] = DocValues.unwrapSingleton(multi[d]);
        toGlobal[d] = ordinals.globalOrds(dim, context.ord);
        segment[d] = toGlobal[d] == null ? counts[d] : new int[(int) multi[d].getValueCount()];
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (int d = 0; d < n; d++) {
            SortedDocValues s = single[d];
            if (s != null) {
              if (s.advanceExact(doc)) {
                segment[d][s.ordValue()]++;
              }
            } else {
              SortedSetDocValues m = multi[d];
              if (m.advanceExact(doc)) {
                int[] into = segment[d];
                for (int i = m.docValueCount(); i > 0; i--) {
                  into[(int) m.nextOrd()]++;
                }
              }
            }
          }
        }

        @Override
        public void finish() {
          for (int d = 0; d < n; d++) {
            if (toGlobal[d] != null) {
              int[] from = segment[d];
              for (int ord = 0; ord < from.length; ord++) {
                if (from[ord] != 0) {
                  counts[d][(int) toGlobal[d].get(ord)] += from[ord];
                }
              }
            }
          }
        }
      };
    }
  }
}

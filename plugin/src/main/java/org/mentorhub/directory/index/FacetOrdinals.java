package org.mentorhub.directory.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * One reader's global ordinals for each facet dimension's own counting field, so that counts from
 * every segment add up in one array per dimension. Built once per reader (a few milliseconds: the
 * dimensions have hundreds of values, not millions) and shared by all searches on it.
 */
final class FacetOrdinals {

  /** The counting field of each dimension, in the order the API lists the dimensions. */
  static final Map<String, String> FIELDS =
      Map.of(
          MentorFields.DIM_INDUSTRY, MentorFields.INDUSTRY_COUNTS,
          MentorFields.DIM_EXPERTISE, MentorFields.EXPERTISE_COUNTS,
          MentorFields.DIM_LANGUAGE, MentorFields.LANGUAGE_COUNTS,
          MentorFields.DIM_COUNTRY, MentorFields.COUNTRY_COUNTS);

  /** The exact key field of each dimension: same values, same documents, with postings. */
  static final Map<String, String> KEY_FIELDS =
      Map.of(
          MentorFields.DIM_INDUSTRY, MentorFields.INDUSTRY_KEY,
          MentorFields.DIM_EXPERTISE, MentorFields.EXPERTISE_KEY,
          MentorFields.DIM_LANGUAGE, MentorFields.LANGUAGE_KEY,
          MentorFields.DIM_COUNTRY, MentorFields.COUNTRY_KEY);

  private final IndexReader reader;
  private final Map<String, Dimension> dimensions = new HashMap<>();

  /** A dimension's ordinal map (null when the reader has at most one segment with values). */
  private record Dimension(String field, OrdinalMap map, int valueCount) {}

  private FacetOrdinals(IndexReader reader) {
    this.reader = reader;
  }

  static FacetOrdinals of(IndexReader reader, List<String> dims) throws IOException {
    FacetOrdinals ordinals = new FacetOrdinals(reader);
    List<LeafReaderContext> leaves = reader.leaves();
    for (String dim : dims) {
      String field = FIELDS.get(dim);
      SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
      for (LeafReaderContext leaf : leaves) {
        values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
      }
      Dimension d;
      if (values.length == 1) {
        d = new Dimension(field, null, (int) values[0].getValueCount());
      } else if (values.length == 0) {
        d = new Dimension(field, null, 0);
      } else {
        OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
        d = new Dimension(field, map, (int) map.getValueCount());
      }
      ordinals.dimensions.put(dim, d);
    }
    return ordinals;
  }

  IndexReader reader() {
    return reader;
  }

  String field(String dim) {
    return dimensions.get(dim).field();
  }

  /** The exact key field the dimension filters on, whose terms are the dimension's values. */
  String keyField(String dim) {
    return KEY_FIELDS.get(dim);
  }

  /** How many distinct values the dimension has over the whole reader. */
  int valueCount(String dim) {
    return dimensions.get(dim).valueCount();
  }

  /** Maps a segment's ordinals of the dimension to global ones; null when they are the same. */
  LongValues globalOrds(String dim, int leafOrd) {
    OrdinalMap map = dimensions.get(dim).map();
    return map == null ? null : map.getGlobalOrds(leafOrd);
  }

  /** The value (facet key) with global ordinal {@code ord}. */
  String lookup(String dim, int ord) throws IOException {
    Dimension d = dimensions.get(dim);
    int leaf = d.map() == null ? 0 : d.map().getFirstSegmentNumber(ord);
    long leafOrd = d.map() == null ? ord : d.map().getFirstSegmentOrd(ord);
    SortedSetDocValues values =
        DocValues.getSortedSet(reader.leaves().get(leaf).reader(), d.field());
    BytesRef term = values.lookupOrd(leafOrd);
    return term.utf8ToString();
  }
}

package org.mentorhub.directory.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

class TextQueriesTest {

  private final TextQueries queries = new TextQueries();

  @Test
  void aWordTheIndexDoesNotKnowGetsTypoAlternatives() {
    List<String> fuzzy = fuzzyTerms(queries.build("acounting", word -> false));
    assertEquals(List.of("acounting"), fuzzy);
  }

  @Test
  void aWordManyProfilesUseGetsNoTypoAlternatives() {
    Query query = queries.build("marketing acounting", word -> word.startsWith("market"));
    List<String> fuzzy = fuzzyTerms(query);
    assertEquals(List.of("acounting"), fuzzy, "only the unknown word is expanded: " + query);
    assertTrue(query.toString().contains("marketing"), "the known word is still searched");
  }

  private static List<String> fuzzyTerms(Query query) {
    List<String> terms = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void visitLeaf(Query leaf) {
            if (leaf instanceof FuzzyQuery f) {
              terms.add(f.getTerm().text());
            }
          }
        });
    return terms;
  }
}

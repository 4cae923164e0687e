package org.mentorhub.directory.index;

import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link MentorDocument} into Lucene fields and back into what a search hit shows. */
final class MentorDocuments {

  /** Stored text with offsets in the postings, so highlighting needs no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static final String NAME_SORT = "name_sort";

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private MentorDocuments() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(MentorFields.DIM_INDUSTRY, true);
    config.setMultiValued(MentorFields.DIM_EXPERTISE, true);
    config.setMultiValued(MentorFields.DIM_LANGUAGE, true);
    return config;
  }

  /** Tags compare case-insensitively: the key is the lower-cased tag. */
  static String tagKey(String tag) {
    return tag.trim().toLowerCase(Locale.ROOT);
  }

  static String countryKey(String country) {
    return country.trim().toUpperCase(Locale.ROOT);
  }

  static String languageKey(String language) {
    return language.trim().toLowerCase(Locale.ROOT);
  }

  static Document toLucene(MentorDocument m, FacetsConfig facets) throws java.io.IOException {
    Document doc = new Document();
    doc.add(new StringField(MentorFields.ID, m.id(), Field.Store.YES));
    doc.add(new TextField(MentorFields.NAME, m.name(), Field.Store.YES));
    doc.add(new TextField(MentorFields.NAME_PREFIX, m.name(), Field.Store.NO));
    doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(m.name().toLowerCase(Locale.ROOT))));
    doc.add(new Field(MentorFields.HEADLINE, m.headline(), TEXT_WITH_OFFSETS));
    doc.add(new TextField(MentorFields.WORDS, m.name(), Field.Store.NO));
    doc.add(new TextField(MentorFields.WORDS, m.headline(), Field.Store.NO));
    m.expertise().forEach(tag -> doc.add(new TextField(MentorFields.WORDS, tag, Field.Store.NO)));
    m.industries().forEach(tag -> doc.add(new TextField(MentorFields.WORDS, tag, Field.Store.NO)));
    if (m.bio() != null) {
      doc.add(new Field(MentorFields.BIO, m.bio(), TEXT_WITH_OFFSETS));
    }
    for (String industry : m.industries()) {
      doc.add(new Field(MentorFields.INDUSTRIES, industry, TEXT_WITH_OFFSETS));
      doc.add(new StringField(MentorFields.INDUSTRY_KEY, tagKey(industry), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(MentorFields.DIM_INDUSTRY, tagKey(industry)));
      doc.add(
          new SortedSetDocValuesField(
              MentorFields.INDUSTRY_COUNTS, new BytesRef(tagKey(industry))));
    }
    for (String expertise : m.expertise()) {
      doc.add(new Field(MentorFields.EXPERTISE, expertise, TEXT_WITH_OFFSETS));
      doc.add(new StringField(MentorFields.EXPERTISE_KEY, tagKey(expertise), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(MentorFields.DIM_EXPERTISE, tagKey(expertise)));
      doc.add(
          new SortedSetDocValuesField(
              MentorFields.EXPERTISE_COUNTS, new BytesRef(tagKey(expertise))));
    }
    for (String language : m.languages()) {
      doc.add(new StringField(MentorFields.LANGUAGE_KEY, languageKey(language), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(MentorFields.DIM_LANGUAGE, languageKey(language)));
      doc.add(
          new SortedSetDocValuesField(
              MentorFields.LANGUAGE_COUNTS, new BytesRef(languageKey(language))));
    }
    doc.add(new StringField(MentorFields.COUNTRY_KEY, countryKey(m.country()), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(MentorFields.DIM_COUNTRY, countryKey(m.country())));
    doc.add(
        new SortedSetDocValuesField(
            MentorFields.COUNTRY_COUNTS, new BytesRef(countryKey(m.country()))));
    doc.add(new StringField(MentorFields.LISTED, m.listed() ? "1" : "0", Field.Store.NO));
    doc.add(new StringField(MentorFields.ACCEPTING, m.accepting() ? "1" : "0", Field.Store.YES));
    doc.add(new NumericDocValuesField(MentorFields.ACCEPTING, m.accepting() ? 1 : 0));
    doc.add(new NumericDocValuesField(MentorFields.SEATS_LEFT, m.seatsLeft()));
    doc.add(new StoredField(MentorFields.SEATS_LEFT, m.seatsLeft()));
    doc.add(new StoredField(MentorFields.MAX_MENTEES, m.maxMentees()));
    doc.add(new StoredField(MentorFields.TIMEZONE, m.timezone()));
    if (m.stage() != null) {
      doc.add(new StoredField(MentorFields.STAGE, m.stage()));
    }
    if (m.yearsInBusiness() != null) {
      doc.add(new StoredField("years_in_business", m.yearsInBusiness()));
    }
    return facets.build(doc);
  }

  /** The stored profile of a hit, as the index has it. */
  static MentorDocument fromLucene(Document doc) {
    IndexableField years = doc.getField("years_in_business");
    return new MentorDocument(
        doc.get(MentorFields.ID),
        doc.get(MentorFields.NAME),
        doc.get(MentorFields.HEADLINE),
        doc.get(MentorFields.BIO),
        java.util.List.of(doc.getValues(MentorFields.INDUSTRIES)),
        java.util.List.of(doc.getValues(MentorFields.EXPERTISE)),
        java.util.List.of(doc.getValues(MentorFields.LANGUAGE_KEY)),
        doc.get(MentorFields.COUNTRY_KEY),
        doc.get(MentorFields.TIMEZONE),
        doc.get(MentorFields.STAGE),
        years == null ? null : years.numericValue().intValue(),
        doc.getField(MentorFields.MAX_MENTEES).numericValue().intValue(),
        doc.getField(MentorFields.SEATS_LEFT).numericValue().intValue(),
        "1".equals(doc.get(MentorFields.ACCEPTING)),
        true);
  }
}

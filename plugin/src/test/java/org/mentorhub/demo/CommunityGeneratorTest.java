package org.mentorhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.demo.CommunityGenerator.GeneratedMentor;

class CommunityGeneratorTest {

  private final CommunityGenerator generator = new CommunityGenerator(42);

  @Test
  void theDemoCommunityIsVaried() {
    List<GeneratedMentor> mentors = generator.mentors(1, 2001).toList();
    assertThat(distinct(mentors, m -> m.industries())).hasSizeGreaterThanOrEqualTo(30);
    assertThat(distinct(mentors, m -> m.expertise())).hasSizeGreaterThanOrEqualTo(60);
    assertThat(distinct(mentors, m -> m.languages())).hasSizeGreaterThanOrEqualTo(20);
    assertThat(mentors.stream().map(GeneratedMentor::country).distinct())
        .hasSizeGreaterThanOrEqualTo(50);
    assertThat(mentors.stream().map(GeneratedMentor::name).distinct().count()).isGreaterThan(1500);
    assertThat(mentors.stream().map(GeneratedMentor::stage).distinct())
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(mentors.stream().filter(m -> !m.accepting()).count()).isBetween(100L, 400L);
    assertThat(mentors).allSatisfy(m -> assertThat(m.bio().split("\n\n")).hasSize(3));
  }

  @Test
  void everyGeneratedProfilePassesTheApiRules() {
    Set<String> languages = Set.of(Locale.getISOLanguages());
    Set<String> countries = Set.of(Locale.getISOCountries());
    generator
        .mentors(1, 5001)
        .forEach(
            m -> {
              assertThat(m.headline()).hasSizeLessThanOrEqualTo(160).doesNotContain("%");
              assertThat(m.bio()).hasSizeLessThanOrEqualTo(5000).doesNotContain("%");
              assertThat(m.languages()).isNotEmpty().allMatch(languages::contains);
              assertThat(countries).contains(m.country());
              assertThat(ZoneId.of(m.timezone())).isNotNull();
              assertThat(m.expertise()).hasSizeBetween(1, 10);
              assertThat(m.maxMentees()).isBetween(1, 50);
            });
  }

  @Test
  void theSameSeedGivesTheSamePeople() {
    assertThat(new CommunityGenerator(7).mentor(123))
        .isEqualTo(new CommunityGenerator(7).mentor(123));
    assertThat(new CommunityGenerator(7).mentor(123))
        .isNotEqualTo(new CommunityGenerator(8).mentor(123));
  }

  @Test
  void writerLoadsMentorsAndMenteesIntoTheSchema(@TempDir Path dir) throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("db"));
    ds.setUser("sa");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      assertThat(CommunityWriter.writeMentors(c, generator.mentors(1, 1201), Instant.now()))
          .isEqualTo(1200);
      assertThat(CommunityWriter.writeMentees(c, generator.mentees(1, 301), Instant.now()))
          .isEqualTo(300);
      c.commit();
      try (Statement s = c.createStatement()) {
        assertThat(count(s, "SELECT COUNT(*) FROM mentor_profile")).isEqualTo(1200);
        assertThat(count(s, "SELECT COUNT(*) FROM member")).isEqualTo(1500);
        Set<String> expertise = new java.util.HashSet<>();
        try (ResultSet rs = s.executeQuery("SELECT expertise FROM mentor_profile")) {
          while (rs.next()) {
            expertise.addAll(org.mentorhub.directory.TagColumn.read(rs.getString(1)));
          }
        }
        assertThat(expertise).hasSizeGreaterThanOrEqualTo(60);
        assertThat(count(s, "SELECT COUNT(DISTINCT calendar_feed_token) FROM member"))
            .isEqualTo(1500);
      }
    }
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Set<String> distinct(
      List<GeneratedMentor> mentors, java.util.function.Function<GeneratedMentor, List<String>> f) {
    return mentors.stream()
        .flatMap(m -> f.apply(m).stream())
        .collect(Collectors.toCollection(HashSet::new));
  }
}

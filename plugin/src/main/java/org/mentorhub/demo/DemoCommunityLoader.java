package org.mentorhub.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorhub.mentorships.MentorshipDemoData;
import org.mentorhub.platform.persistence.DatabaseMigrations;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.Role;
import org.mentorhub.training.TrainingDemoData;
import org.mentorhub.webinars.WebinarInput;
import org.mentorhub.webinars.WebinarService;

/**
 * Fills an empty demo database with a generated community on first start, so the directory has
 * people to find; a second start finds them there and adds nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoCommunityLoader {

  private static final Logger LOG = Logger.getLogger(DemoCommunityLoader.class.getName());

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject WebinarService webinars;

  @Inject
  @ConfigProperty(name = "mentorhub.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "mentorhub.demo.mentors", defaultValue = "2000")
  int mentors;

  @Inject
  @ConfigProperty(name = "mentorhub.demo.mentees", defaultValue = "300")
  int mentees;

  @Inject
  @ConfigProperty(name = "mentorhub.demo.seed", defaultValue = "20261123")
  long seed;

  @PostConstruct
  void loadOnFirstStart() {
    if (!enabled) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (alreadyLoaded(c)) {
        return;
      }
      long started = System.nanoTime();
      c.setAutoCommit(false);
      CommunityGenerator generator = new CommunityGenerator(seed);
      Instant now = Instant.now();
      int m = CommunityWriter.writeMentors(c, generator.mentors(1, mentors + 1), now);
      TrainingDemoData.markFoundationsComplete(
          c, IntStream.rangeClosed(1, m).mapToObj(CommunityGenerator::mentorId), now);
      int e = CommunityWriter.writeMentees(c, generator.mentees(1, mentees + 1), now);
      int ms =
          MentorshipDemoData.write(
              c, CommunityGenerator::mentorId, CommunityGenerator::menteeId, 150, m, e, seed, now);
      c.commit();
      LOG.info(
          "Demo community loaded: "
              + m
              + " mentors, "
              + e
              + " mentees and "
              + ms
              + " mentorships in "
              + (System.nanoTime() - started) / 1_000_000
              + " ms");
    } catch (SQLException ex) {
      throw new IllegalStateException("Could not load the demo community", ex);
    }
    scheduleDemoWebinars();
  }

  /**
   * A weekly onboarding webinar and a mentor's weekly office hours, starting in a few days, so the
   * demo has sessions to register for. Created through the webinar service, with its rules; a
   * failure here only costs the demo its sessions, never the start.
   */
  private void scheduleDemoWebinars() {
    Caller staff = new Caller("demo-admin", "Community staff", null, Set.of(Role.ADMIN));
    LocalDate soon = LocalDate.now(ZoneId.of("Europe/London")).plusDays(2);
    try {
      webinars.create(
          staff,
          new WebinarInput(
              "Welcome to the mentoring programme",
              "ONBOARDING",
              "How the community works, how to find a mentor and make a specific ask, the code"
                  + " of conduct and how to report a problem. Attending completes the onboarding"
                  + " track's webinar step.",
              soon.atTime(17, 0).toString(),
              60,
              "Europe/London",
              "FREQ=WEEKLY;COUNT=8",
              30,
              CommunityGenerator.mentorId(1)));
      webinars.create(
          staff,
          new WebinarInput(
              "Office hours: pricing and cash flow",
              "OFFICE_HOURS",
              "Bring one concrete question about prices, margins or cash flow.",
              soon.plusDays(1).atTime(12, 0).toString(),
              45,
              "UTC",
              "FREQ=WEEKLY;COUNT=6",
              8,
              CommunityGenerator.mentorId(2)));
    } catch (RuntimeException ex) {
      LOG.log(java.util.logging.Level.WARNING, "Could not schedule the demo webinars", ex);
    }
  }

  private static boolean alreadyLoaded(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM member WHERE id LIKE ?")) {
      s.setString(1, CommunityGenerator.ID_PREFIX + "%");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }
}

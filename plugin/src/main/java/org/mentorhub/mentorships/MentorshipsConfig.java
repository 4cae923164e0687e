package org.mentorhub.mentorships;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of mentorships, check-ins and programme follow-up. */
@ApplicationScoped
public class MentorshipsConfig {

  @Inject
  @ConfigProperty(name = "mentorhub.mentorships.cadence-days", defaultValue = "14")
  int cadenceDays;

  @Inject
  @ConfigProperty(name = "mentorhub.mentorships.monthly-minutes-target", defaultValue = "120")
  int monthlyMinutesTarget;

  @Inject
  @ConfigProperty(name = "mentorhub.mentorships.reengagement-quiet-days", defaultValue = "21")
  int reengagementQuietDays;

  @Inject
  @ConfigProperty(name = "mentorhub.db.class-name", defaultValue = "org.h2.jdbcx.JdbcDataSource")
  String dataSourceClass;

  /** Days between check-ins for a new mentorship; each mentorship can change its own. */
  public int cadenceDays() {
    return cadenceDays;
  }

  /** Check-in minutes a month a mentorship aims for; shown against what was logged. */
  public int monthlyMinutesTarget() {
    return monthlyMinutesTarget;
  }

  /** Days without a check-in after which a mentorship counts as quiet at two-thirds. */
  public int reengagementQuietDays() {
    return reengagementQuietDays;
  }

  /** Whether the database is PostgreSQL, which can skip rows another node has locked. */
  boolean postgres() {
    return dataSourceClass.contains("postgresql");
  }
}

package org.mentorhub.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of reporting and moderation. */
@ApplicationScoped
public class ModerationConfig {

  @Inject
  @ConfigProperty(name = "mentorhub.moderation.reports-per-hour", defaultValue = "10")
  int reportsPerHour;

  @Inject
  @ConfigProperty(name = "mentorhub.moderation.auto-hide-reporters", defaultValue = "3")
  int autoHideReporters;

  @Inject
  @ConfigProperty(name = "mentorhub.moderation.overdue-hours", defaultValue = "48")
  int overdueHours;

  /** How many reports one member may file in an hour before getting 429. */
  public int reportsPerHour() {
    return reportsPerHour;
  }

  /** Distinct reporters of a mentor profile that hide it until a moderator acts. */
  public int autoHideReporters() {
    return autoHideReporters;
  }

  /** Hours after which an open case is flagged overdue. */
  public int overdueHours() {
    return overdueHours;
  }
}

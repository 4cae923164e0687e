package org.mentorhub.mentorships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A SMART goal of a mentorship: a specific statement, a measure with a unit and a target, why it
 * matters and a date. It is achieved the moment a progress update reaches the target, moving from
 * the baseline in whichever direction the target lies (up for sales, down for costs).
 */
@Entity
@Table(name = "mentorship_goal")
public class Goal {

  static final String OPEN = "OPEN";
  static final String ACHIEVED = "ACHIEVED";

  @Id private String id;

  @Column(name = "mentorship_id", nullable = false)
  private String mentorshipId;

  @Column(nullable = false)
  private String statement;

  @Column(name = "measure_name", nullable = false)
  private String measureName;

  @Column(name = "measure_unit", nullable = false)
  private String measureUnit;

  @Column(name = "target_amount", nullable = false)
  private BigDecimal target;

  @Column(name = "start_amount", nullable = false)
  private BigDecimal baseline;

  @Column(name = "current_amount", nullable = false)
  private BigDecimal current;

  @Column(name = "why_text")
  private String why;

  @Column(name = "target_date", nullable = false)
  private LocalDate targetDate;

  @Column(nullable = false)
  private String status;

  @Column(name = "achieved_at")
  private Instant achievedAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Goal() {}

  Goal(
      String mentorshipId,
      String statement,
      String measureName,
      String measureUnit,
      BigDecimal target,
      BigDecimal baseline,
      String why,
      LocalDate targetDate,
      String createdBy,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.mentorshipId = mentorshipId;
    this.statement = statement.strip();
    this.measureName = measureName.strip();
    this.measureUnit = measureUnit.strip();
    this.target = target;
    this.baseline = baseline == null ? BigDecimal.ZERO : baseline;
    this.current = this.baseline;
    this.why = why == null || why.isBlank() ? null : why.strip();
    this.targetDate = targetDate;
    this.status = OPEN;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Whether {@code value} reaches the target, seen from the baseline. */
  static boolean reaches(BigDecimal baseline, BigDecimal target, BigDecimal value) {
    return target.compareTo(baseline) >= 0
        ? value.compareTo(target) >= 0
        : value.compareTo(target) <= 0;
  }

  /**
   * Records a new value on the measure; true when this update achieves the goal (only the first
   * time it reaches the target).
   */
  boolean record(BigDecimal value, Instant now) {
    current = value;
    if (!ACHIEVED.equals(status) && reaches(baseline, target, value)) {
      status = ACHIEVED;
      achievedAt = now;
      return true;
    }
    return false;
  }

  public String id() {
    return id;
  }

  String mentorshipId() {
    return mentorshipId;
  }

  String statement() {
    return statement;
  }

  String measureName() {
    return measureName;
  }

  String measureUnit() {
    return measureUnit;
  }

  BigDecimal target() {
    return target;
  }

  BigDecimal baseline() {
    return baseline;
  }

  BigDecimal current() {
    return current;
  }

  String why() {
    return why;
  }

  LocalDate targetDate() {
    return targetDate;
  }

  String status() {
    return status;
  }

  Instant achievedAt() {
    return achievedAt;
  }

  Instant createdAt() {
    return createdAt;
  }

  String createdBy() {
    return createdBy;
  }
}

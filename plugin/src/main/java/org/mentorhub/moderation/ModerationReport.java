package org.mentorhub.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One member's report on a case; reporting the same open case again updates it. */
@Entity
@Table(name = "moderation_report")
public class ModerationReport {

  @Id private String id;

  @Column(name = "case_id", nullable = false)
  private String caseId;

  @Column(name = "reporter_id", nullable = false)
  private String reporterId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Category category;

  @Column(nullable = false)
  private String description;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ModerationReport() {}

  ModerationReport(
      String caseId, String reporterId, Category category, String description, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.caseId = caseId;
    this.reporterId = reporterId;
    this.createdAt = now;
    revise(category, description, now);
  }

  void revise(Category category, String description, Instant now) {
    this.category = category;
    this.description = description.strip();
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String reporterId() {
    return reporterId;
  }

  public Category category() {
    return category;
  }

  public String description() {
    return description;
  }

  public Instant createdAt() {
    return createdAt;
  }
}

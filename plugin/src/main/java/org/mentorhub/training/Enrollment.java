package org.mentorhub.training;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A member's enrolment in a track; once every step is done it holds the certificate. */
@Entity
@Table(name = "training_enrollment")
public class Enrollment {

  @Id private String id;

  @Column(name = "member_id", nullable = false)
  private String memberId;

  @Column(name = "track_slug", nullable = false)
  private String trackSlug;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "certificate_code")
  private String certificateCode;

  @Version private long version;

  protected Enrollment() {}

  static Enrollment start(String memberId, String trackSlug, Instant now) {
    Enrollment enrollment = new Enrollment();
    enrollment.id = UUID.randomUUID().toString();
    enrollment.memberId = requireNonNull(memberId, "memberId");
    enrollment.trackSlug = requireNonNull(trackSlug, "trackSlug");
    enrollment.enrolledAt = requireNonNull(now, "now");
    return enrollment;
  }

  /**
   * Marks the track complete and issues its certificate; returns false if it already was, so the
   * completion event fires once.
   */
  boolean complete(Instant now, String certificateCode) {
    if (isComplete()) {
      return false;
    }
    completedAt = requireNonNull(now, "now");
    this.certificateCode = requireNonNull(certificateCode, "certificateCode");
    return true;
  }

  boolean isComplete() {
    return completedAt != null;
  }

  String memberId() {
    return memberId;
  }

  String trackSlug() {
    return trackSlug;
  }

  Instant enrolledAt() {
    return enrolledAt;
  }

  Instant completedAt() {
    return completedAt;
  }

  String certificateCode() {
    return certificateCode;
  }
}

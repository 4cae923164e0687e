package org.mentorhub.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** The stored form of a member's {@link Preferences}; no row means the defaults. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  @Id
  @Column(name = "member_id")
  private String memberId;

  @Column(name = "email_enabled", nullable = false)
  private boolean emailEnabled;

  private String timezone;

  @Column(name = "quiet_start")
  private String quietStart;

  @Column(name = "quiet_end")
  private String quietEnd;

  @Column(nullable = false)
  private String digest;

  @Column(name = "type_settings", nullable = false)
  private String typeSettings;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected NotificationPreference() {}

  NotificationPreference(String memberId) {
    this.memberId = memberId;
  }

  void set(Preferences p, Instant now) {
    emailEnabled = p.email();
    timezone = p.timezone() == null ? null : p.timezone().getId();
    quietStart = p.quietHours() == null ? null : p.quietHours().start().toString();
    quietEnd = p.quietHours() == null ? null : p.quietHours().end().toString();
    digest = p.digest().name();
    typeSettings = p.encodedTypes();
    updatedAt = now;
  }

  Preferences preferences() {
    return new Preferences(
        emailEnabled,
        timezone == null ? null : ZoneId.of(timezone),
        quietStart == null
            ? null
            : new QuietHours(LocalTime.parse(quietStart), LocalTime.parse(quietEnd)),
        Preferences.Digest.valueOf(digest),
        Preferences.decodeTypes(typeSettings));
  }

  String memberId() {
    return memberId;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}

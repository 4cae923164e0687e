package org.mentorhub.webinars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long one participant was present in a session, and whether that counts as attended. */
@Entity
@Table(name = "webinar_attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

  @Id
  @Column(name = "session_id")
  private String sessionId;

  @Id
  @Column(name = "participant_key")
  private String participantKey;

  @Column(name = "member_id")
  private String memberId;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "seconds_present", nullable = false)
  private long secondsPresent;

  @Column(nullable = false)
  private boolean attended;

  @Column(name = "attended_at")
  private Instant attendedAt;

  protected Attendance() {}

  Attendance(String sessionId, PresenceRecord.Participant participant) {
    this.sessionId = sessionId;
    this.participantKey = participant.key();
    this.memberId = participant.memberId();
    this.displayName = participant.name();
  }

  /**
   * Takes the latest fold; returns true only the first time the participant crosses the threshold,
   * so "attended" is announced once however many events follow.
   */
  boolean update(Duration present, boolean nowAttended, String name, Instant now) {
    secondsPresent = present.toSeconds();
    if (name != null) {
      displayName = name;
    }
    if (nowAttended && !attended) {
      attended = true;
      attendedAt = now;
      return true;
    }
    return false;
  }

  public String memberId() {
    return memberId;
  }

  public String participantKey() {
    return participantKey;
  }

  public String displayName() {
    return displayName;
  }

  /** The composite key: session and participant. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String sessionId;
    String participantKey;

    public Key() {}

    Key(String sessionId, String participantKey) {
      this.sessionId = sessionId;
      this.participantKey = participantKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(sessionId, k.sessionId)
          && Objects.equals(participantKey, k.participantKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sessionId, participantKey);
    }
  }
}

package org.mentorhub.webinars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One join, leave or room end as the webhook reported it; attendance is folded from these. */
@Entity
@Table(name = "webinar_presence")
public class PresenceRecord {

  /** The participant key of events that concern the whole room. */
  static final String ROOM = "*";

  @Id private String id;

  @Column(name = "session_id", nullable = false)
  private String sessionId;

  @Column(name = "participant_key", nullable = false)
  private String participantKey;

  @Column(name = "member_id")
  private String memberId;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "connection_id")
  private String connectionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PresenceTimeline.Kind kind;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected PresenceRecord() {}

  PresenceRecord(
      String sessionId,
      Participant participant,
      String connectionId,
      PresenceTimeline.Kind kind,
      Instant occurredAt) {
    this.id = UUID.randomUUID().toString();
    this.sessionId = sessionId;
    this.participantKey = participant.key();
    this.memberId = participant.memberId();
    this.displayName = participant.name();
    this.connectionId = connectionId;
    this.kind = kind;
    this.occurredAt = occurredAt;
  }

  PresenceTimeline.Mark mark() {
    return new PresenceTimeline.Mark(kind, occurredAt, connectionId);
  }

  String participantKey() {
    return participantKey;
  }

  Participant participant() {
    return new Participant(participantKey, memberId, displayName);
  }

  /**
   * Someone in a meeting: a member (key = member id) or a guest without a member id here (key
   * {@code guest:<connection>}), kept apart so a guest never adds minutes to a member.
   */
  record Participant(String key, String memberId, String name) {}
}

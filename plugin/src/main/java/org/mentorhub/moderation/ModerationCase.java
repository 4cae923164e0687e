package org.mentorhub.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.mentorhub.platform.problem.ConflictException;

/** Everything reported about one target while it is open, and what moderators did about it. */
@Entity
@Table(name = "moderation_case")
public class ModerationCase {

  @Id private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_type", nullable = false)
  private TargetType targetType;

  @Column(name = "target_id", nullable = false)
  private String targetId;

  /** The members the case is about, comma-separated; they never see who reported them. */
  @Column(name = "target_members")
  private String targetMembers;

  @Column(name = "open_key")
  private String openKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @Column(nullable = false)
  private int priority;

  @Column(name = "assignee_id")
  private String assigneeId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "first_action_at")
  private Instant firstActionAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Enumerated(EnumType.STRING)
  private ModerationAction outcome;

  @Version private long version;

  protected ModerationCase() {}

  static String openKey(TargetType type, String targetId) {
    return type + "|" + targetId;
  }

  ModerationCase(
      String id, TargetType type, String targetId, List<String> targetMembers, Instant now) {
    this.id = id;
    this.targetType = type;
    this.targetId = targetId;
    this.targetMembers = targetMembers.isEmpty() ? null : String.join(",", targetMembers);
    this.openKey = openKey(type, targetId);
    this.status = CaseStatus.OPEN;
    this.openedAt = now;
  }

  void assign(String moderatorId, Instant now) {
    requireOpen();
    assigneeId = moderatorId;
    status = CaseStatus.IN_REVIEW;
    firstActionAt = firstActionAt == null ? now : firstActionAt;
  }

  /** Closes the case with the action's outcome; DISMISS dismisses, anything else resolves. */
  void close(ModerationAction action, Instant now) {
    if (action != ModerationAction.RESTORE) {
      requireOpen();
    }
    status = action == ModerationAction.DISMISS ? CaseStatus.DISMISSED : CaseStatus.RESOLVED;
    outcome = action;
    openKey = null;
    firstActionAt = firstActionAt == null ? now : firstActionAt;
    closedAt = now;
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new ConflictException(
          "The case is " + status.name().toLowerCase() + "; only RESTORE applies now.");
    }
  }

  boolean isAbout(String memberId) {
    return targetMembers != null && Arrays.asList(targetMembers.split(",")).contains(memberId);
  }

  /** A short description of the state, for the audit trail's before/after. */
  String state() {
    return "status=" + status + (assigneeId == null ? "" : ",assignee=" + assigneeId);
  }

  boolean isOverdue(Instant now, int overdueHours) {
    return status.isOpen() && openedAt.plusSeconds(overdueHours * 3600L).isBefore(now);
  }

  public String id() {
    return id;
  }

  public TargetType targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }

  public List<String> targetMembers() {
    return targetMembers == null ? List.of() : List.of(targetMembers.split(","));
  }

  public CaseStatus status() {
    return status;
  }

  public int priority() {
    return priority;
  }

  public String assigneeId() {
    return assigneeId;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant firstActionAt() {
    return firstActionAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public ModerationAction outcome() {
    return outcome;
  }
}

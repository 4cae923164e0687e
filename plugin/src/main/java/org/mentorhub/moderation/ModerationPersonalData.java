package org.mentorhub.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorhub.members.PersonalData;
import org.mentorhub.members.PersonalRows;

/**
 * Moderation's share of a member's data. The export holds the reports they filed (with their case's
 * status only, as {@code /reports/mine} shows) and the sanctions applied to them; never reports
 * about them, nor who filed those.
 *
 * <p>Erasure keeps every report, case, audit entry and sanction, so moderation history stays true,
 * with the member's id replaced by the pseudonym wherever it appears: as reporter, as target, among
 * a case's target members, as assignee and as the actor or subject of an audit entry.
 */
@ApplicationScoped
public class ModerationPersonalData implements PersonalData {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Override
  public String section() {
    return "moderation";
  }

  @Override
  public Object export(String memberId) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put(
        "reportsFiled",
        PersonalRows.maps(
            em,
            "SELECT r.id, c.target_type, c.target_id, r.category, r.description, r.created_at,"
                + " c.status FROM moderation_report r JOIN moderation_case c ON c.id = r.case_id"
                + " WHERE r.reporter_id = ?1 ORDER BY r.created_at, r.id",
            List.of(
                "id", "targetType", "targetId", "category", "description", "createdAt", "status"),
            memberId));
    section.put(
        "sanctions",
        PersonalRows.maps(
            em,
            "SELECT kind, category, imposed_at, lifted_at FROM member_sanction"
                + " WHERE member_id = ?1 ORDER BY imposed_at, id",
            List.of("kind", "category", "imposedAt", "liftedAt"),
            memberId));
    return section;
  }

  @Override
  public void erase(String memberId, String pseudonym) {
    PersonalRows.update(
        em,
        "UPDATE moderation_report SET reporter_id = ?2 WHERE reporter_id = ?1",
        memberId,
        pseudonym);
    PersonalRows.update(
        em,
        "UPDATE moderation_case SET target_id = ?2 WHERE target_id = ?1"
            + " AND target_type IN ('MEMBER', 'MENTOR_PROFILE')",
        memberId,
        pseudonym);
    PersonalRows.update(
        em,
        "UPDATE moderation_case SET open_key = target_type || '|' || target_id"
            + " WHERE open_key IS NOT NULL AND target_id = ?1",
        pseudonym);
    PersonalRows.update(
        em,
        "UPDATE moderation_case SET assignee_id = ?2 WHERE assignee_id = ?1",
        memberId,
        pseudonym);
    replaceInTargetMembers(memberId, pseudonym);
    PersonalRows.update(
        em, "UPDATE moderation_audit SET actor_id = ?2 WHERE actor_id = ?1", memberId, pseudonym);
    PersonalRows.update(
        em,
        "UPDATE moderation_audit SET note = ?2 WHERE action = 'ASSIGN' AND note = ?1",
        memberId,
        pseudonym);
    replaceAssigneeInAuditStates(memberId, pseudonym);
    PersonalRows.update(
        em, "UPDATE member_sanction SET member_id = ?2 WHERE member_id = ?1", memberId, pseudonym);
  }

  /** {@code target_members} is a comma-separated list: ids are replaced whole, never as parts. */
  private void replaceInTargetMembers(String memberId, String pseudonym) {
    List<Map<String, Object>> rows =
        PersonalRows.maps(
            em,
            "SELECT id, target_members FROM moderation_case WHERE target_members LIKE ?1",
            List.of("id", "members"),
            "%" + memberId + "%");
    for (Map<String, Object> row : rows) {
      List<String> members = new ArrayList<>(List.of(((String) row.get("members")).split(",")));
      if (!members.contains(memberId)) {
        continue;
      }
      members.replaceAll(m -> m.equals(memberId) ? pseudonym : m);
      PersonalRows.update(
          em,
          "UPDATE moderation_case SET target_members = ?2 WHERE id = ?1",
          row.get("id"),
          String.join(",", members));
    }
  }

  /** Audit states read {@code status=...,assignee=<id>}; the id is always the last part. */
  private void replaceAssigneeInAuditStates(String memberId, String pseudonym) {
    String suffix = ",assignee=" + memberId;
    for (String column : List.of("before_state", "after_state")) {
      List<Map<String, Object>> rows =
          PersonalRows.maps(
              em,
              "SELECT id, " + column + " FROM moderation_audit WHERE " + column + " LIKE ?1",
              List.of("id", "state"),
              "%" + memberId);
      for (Map<String, Object> row : rows) {
        String state = (String) row.get("state");
        if (state.endsWith(suffix)) {
          PersonalRows.update(
              em,
              "UPDATE moderation_audit SET " + column + " = ?2 WHERE id = ?1",
              row.get("id"),
              state.substring(0, state.length() - memberId.length()) + pseudonym);
        }
      }
    }
  }
}

package org.mentorhub.hostsync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.mentorhub.members.PersonalData;
import org.mentorhub.members.PersonalRows;

/**
 * The imports an administrator started: kept under the pseudonym when that administrator is erased,
 * so the record of what was imported, and when, stays.
 */
@ApplicationScoped
public class HostSyncPersonalData implements PersonalData {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Override
  public String section() {
    return "importsStarted";
  }

  @Override
  public Object export(String memberId) {
    return PersonalRows.maps(
        em,
        "SELECT id, kind, status, read_count, imported, rejected, started_at, finished_at"
            + " FROM import_job WHERE started_by = ?1 ORDER BY started_at, id",
        List.of("id", "kind", "status", "read", "imported", "rejected", "startedAt", "finishedAt"),
        memberId);
  }

  @Override
  public void erase(String memberId, String pseudonym) {
    PersonalRows.update(
        em, "UPDATE import_job SET started_by = ?2 WHERE started_by = ?1", memberId, pseudonym);
  }
}

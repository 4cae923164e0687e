package org.mentorhub.members;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small SQL helpers for {@link PersonalData} implementations: an export reads rows as ordered maps
 * named by their columns (timestamps as instants), and an erasure runs statements with positional
 * parameters, all in the caller's transaction.
 */
public final class PersonalRows {
  private PersonalRows() {}

  /**
   * The rows of a native query as maps from the given names to the selected values, in order.
   *
   * @param names one name per selected column
   */
  public static List<Map<String, Object>> maps(
      EntityManager em, String sql, List<String> names, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object result : query.getResultList()) {
      Object[] values = names.size() == 1 ? new Object[] {result} : (Object[]) result;
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        row.put(names.get(i), plain(values[i]));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Runs an update or delete; returns how many rows it touched. */
  public static int update(EntityManager em, String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  private static Object plain(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Instant || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return value == null ? null : value.toString().trim();
  }
}

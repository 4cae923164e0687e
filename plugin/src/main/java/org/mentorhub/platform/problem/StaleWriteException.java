package org.mentorhub.platform.problem;

import jakarta.ws.rs.core.Response.Status;

/** A write based on an older version of a record than the one stored: the client must re-read. */
public class StaleWriteException extends ApiException {

  private final String kind;
  private final String id;

  public StaleWriteException(String kind, String id, long sentVersion, long currentVersion) {
    super(
        Status.CONFLICT,
        "The "
            + kind
            + " '"
            + id
            + "' was changed by someone else (you sent version "
            + sentVersion
            + ", the current one is "
            + currentVersion
            + "). Reload it and apply your change again.");
    this.kind = kind;
    this.id = id;
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}

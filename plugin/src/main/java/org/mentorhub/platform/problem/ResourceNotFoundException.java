package org.mentorhub.platform.problem;

import jakarta.ws.rs.core.Response.Status;

/** A thing the request names does not exist (or the caller may not know that it does). */
public class ResourceNotFoundException extends ApiException {

  private final String kind;
  private final String id;

  public ResourceNotFoundException(String kind, String id) {
    super(Status.NOT_FOUND, "No " + kind + " with id '" + id + "'.");
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

package org.mentorhub.webinar;

import static org.mentorhub.webinar.internal.Checks.requireNonBlank;

/**
 * The person a join token is issued to, as shown in the meeting and echoed back by webhooks.
 *
 * @param id our member id; JaaS returns it as {@code data.id} in participant webhooks
 * @param name the display name
 * @param email the e-mail address, or {@code null} to leave it out of the token
 * @param avatar the public URL of an avatar picture, or {@code null} to leave it out
 */
public record JitsiUser(String id, String name, String email, String avatar) {

  public JitsiUser {
    requireNonBlank(id, "id");
    requireNonBlank(name, "name");
  }

  /** A user with only an id and a display name. */
  public static JitsiUser of(String id, String name) {
    return new JitsiUser(id, name, null, null);
  }
}

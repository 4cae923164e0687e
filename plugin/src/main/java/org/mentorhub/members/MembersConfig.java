package org.mentorhub.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the members feature. */
@ApplicationScoped
public class MembersConfig {

  @Inject
  @ConfigProperty(name = "mentorhub.members.pseudonym-secret")
  Optional<String> pseudonymSecret;

  /**
   * The secret behind erased members' pseudonyms; when not configured, one is generated on first
   * use and kept in the database, so every node derives the same pseudonyms.
   */
  public Optional<String> pseudonymSecret() {
    return pseudonymSecret.filter(s -> !s.isBlank());
  }
}

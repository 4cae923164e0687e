package org.mentorhub.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentorhub.platform.cluster.SharedSecrets;

/**
 * Issues and checks the unsubscribe links of emails. The key comes from {@code
 * mentorhub.notifications.unsubscribe-secret}, else from the webhook secret; with neither, from a
 * random key the first node stores in the database, so a link one node wrote works on every node
 * and after restarts.
 */
@ApplicationScoped
public class UnsubscribeLinks {

  private static final Logger LOG = Logger.getLogger(UnsubscribeLinks.class.getName());

  @Inject NotificationsConfig config;
  @Inject SharedSecrets secrets;

  private volatile UnsubscribeTokens tokens;

  /** The public URL that unsubscribes the member from {@code scope}, if a public URL is set. */
  public Optional<String> url(String memberId, String scope) {
    return config
        .publicUrl()
        .map(
            base ->
                base + "api/v1/notifications/unsubscribe?token=" + tokens().issue(memberId, scope));
  }

  public Optional<UnsubscribeTokens.Claim> verify(String token) {
    return tokens().verify(token);
  }

  private UnsubscribeTokens tokens() {
    UnsubscribeTokens t = tokens;
    if (t == null) {
      Optional<String> secret =
          config
              .unsubscribeSecret()
              .or(() -> Optional.of(config.webhookSecret()).filter(s -> !s.isBlank()));
      byte[] key;
      if (secret.isPresent()) {
        key = sha256("mentorhub-unsubscribe\n" + secret.get());
      } else {
        SharedSecrets.Secret shared =
            secrets.get("notifications.unsubscribe-key", UnsubscribeLinks::randomKey);
        if (shared.madeHere()) {
          LOG.warning(
              "Neither mentorhub.notifications.unsubscribe-secret nor the webhook secret is set;"
                  + " unsubscribe links are signed with a generated key kept in the database.");
        }
        key = sha256("mentorhub-unsubscribe\n" + shared.value());
      }
      t = new UnsubscribeTokens(key);
      tokens = t;
    }
    return t;
  }

  // Made outside any request, so storing the generated key never rides on a transaction that
  // could roll back after the key was handed out.
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      tokens();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Could not set up the unsubscribe key yet; trying again when needed", e);
    }
  }

  private static String randomKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.mentorhub.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Issues and checks the unsubscribe links of emails. The key comes from {@code
 * mentorhub.notifications.unsubscribe-secret}, else from the webhook secret; with neither, a random
 * key per start (links then stop working after a restart, which is logged).
 */
@ApplicationScoped
public class UnsubscribeLinks {

  private static final Logger LOG = Logger.getLogger(UnsubscribeLinks.class.getName());

  @Inject NotificationsConfig config;

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
        LOG.warning(
            "Neither mentorhub.notifications.unsubscribe-secret nor the webhook secret is set;"
                + " unsubscribe links stop working when this node restarts.");
        key = new byte[32];
        new SecureRandom().nextBytes(key);
      }
      t = new UnsubscribeTokens(key);
      tokens = t;
    }
    return t;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

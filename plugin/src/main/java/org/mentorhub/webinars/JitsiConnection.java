package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.mentorhub.platform.cluster.SharedSecrets;
import org.mentorhub.webinar.JitsiClient;
import org.mentorhub.webinar.WebhookVerifier;

/**
 * The Jitsi client and webhook verifier built once from {@link WebinarConfig} at start-up.
 *
 * <p>In dev mode without configured keys it generates a throw-away RSA key pair and webhook secret
 * and logs them, so the demo can mint join links and accept signed webhooks at once; the public key
 * is what a JaaS console would need. Outside dev mode missing keys leave webinars without joining
 * (503) rather than stopping the whole plugin.
 */
@ApplicationScoped
public class JitsiConnection {

  /** The app id used with the generated dev key. */
  static final String DEV_APP_ID = "vpaas-magic-cookie-dev";

  private static final Logger LOG = Logger.getLogger(JitsiConnection.class.getName());

  @Inject WebinarConfig config;
  @Inject Clock clock;
  @Inject SharedSecrets secrets;

  private volatile JitsiClient client;
  private volatile WebhookVerifier verifier;

  void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      client();
    } catch (WebinarsUnavailableException e) {
      LOG.warning(e.getMessage() + " Join links will be refused with 503.");
    }
    try {
      verifier();
    } catch (WebinarsUnavailableException e) {
      LOG.warning(e.getMessage() + " Jitsi webhooks will be refused with 503.");
    }
  }

  /** The client that signs join links. */
  public JitsiClient client() {
    if (client == null) {
      synchronized (this) {
        if (client == null) {
          client = configured(this::buildClient);
        }
      }
    }
    return client;
  }

  /** The verifier of webhook signatures. */
  public WebhookVerifier verifier() {
    if (verifier == null) {
      synchronized (this) {
        if (verifier == null) {
          verifier = configured(this::buildVerifier);
        }
      }
    }
    return verifier;
  }

  /** Builds from the settings, turning any unusable setting into a 503 that says why. */
  private static <T> T configured(Supplier<T> build) {
    try {
      return build.get();
    } catch (WebinarsUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      throw WebinarsUnavailableException.misconfigured(e.getMessage());
    }
  }

  private JitsiClient buildClient() {
    Optional<String> pem = config.privateKeyPem();
    return switch (config.provider()) {
      case JAAS -> {
        if (pem.isEmpty() && config.devMode()) {
          yield JitsiClient.jaas()
              .appId(DEV_APP_ID)
              .keyId("dev")
              .privateKeyPem(devKey())
              .clock(clock)
              .build();
        }
        yield JitsiClient.jaas()
            .appId(required(config.appId(), "mentorhub.jitsi.app-id"))
            .keyId(required(config.keyId(), "mentorhub.jitsi.key-id"))
            .privateKeyPem(required(pem, "mentorhub.jitsi.private-key"))
            .domain(config.domain().orElse("8x8.vc"))
            .clock(clock)
            .build();
      }
      case SELF_HOSTED -> {
        var builder =
            JitsiClient.selfHosted()
                .domain(required(config.domain(), "mentorhub.jitsi.domain"))
                .appId(required(config.appId(), "mentorhub.jitsi.app-id"))
                .clock(clock);
        if (pem.isPresent()) {
          builder.privateKeyPem(pem.get(), required(config.keyId(), "mentorhub.jitsi.key-id"));
        } else {
          builder.appSecret(required(config.appSecret(), "mentorhub.jitsi.app-secret"));
        }
        yield builder.build();
      }
    };
  }

  private WebhookVerifier buildVerifier() {
    String secret =
        config
            .webhookSecret()
            .or(() -> config.devMode() ? Optional.of(devSecret()) : Optional.empty())
            .orElseThrow(
                () -> WebinarsUnavailableException.missing("mentorhub.jitsi.webhook-secret"));
    return JitsiClient.webhookVerifier().secret(secret).clock(clock).build();
  }

  private static String required(Optional<String> value, String key) {
    return value
        .filter(v -> !v.isBlank())
        .orElseThrow(() -> WebinarsUnavailableException.missing(key));
  }

  // Every node signs join links and checks webhooks with the same dev key and secret, so the first
  // node to start makes them and the others read them from the database.
  private String devKey() {
    SharedSecrets.Secret key =
        secrets.get("jitsi.dev-private-key", JitsiConnection::generateDevKey);
    if (!key.madeHere()) {
      LOG.info("Dev mode: signing join links with the dev key pair another node made");
    }
    return key.value();
  }

  private String devSecret() {
    SharedSecrets.Secret secret =
        secrets.get("jitsi.dev-webhook-secret", JitsiConnection::generateDevSecret);
    if (!secret.madeHere()) {
      LOG.info("Dev mode: checking webhooks with the dev secret another node made");
    }
    return secret.value();
  }

  private static String generateDevKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      String privatePem = pem("PRIVATE KEY", pair.getPrivate().getEncoded());
      LOG.warning(
          "Dev mode: no mentorhub.jitsi.private-key configured, generated a key pair for app id "
              + DEV_APP_ID
              + " (kid "
              + DEV_APP_ID
              + "/dev). Its public key, for checking join tokens:\n"
              + pem("PUBLIC KEY", pair.getPublic().getEncoded()));
      return privatePem;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String generateDevSecret() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String secret = "whsec_dev_" + HexFormat.of().formatHex(bytes);
    LOG.warning(
        "Dev mode: no mentorhub.jitsi.webhook-secret configured, generated one for signing test"
            + " webhooks: "
            + secret);
    return secret;
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}

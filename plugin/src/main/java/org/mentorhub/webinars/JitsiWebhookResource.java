package org.mentorhub.webinars;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.webinar.WebhookEvent;
import org.mentorhub.webinar.WebhookVerifier;

/**
 * {@code POST /api/v1/webhooks/jitsi}: the JaaS webhook receiver. Public, because JaaS sends no
 * bearer token; the HMAC signature over the raw body is what authenticates it.
 */
@Path("webhooks/jitsi")
@PermitAll
// One instance for every delivery: it holds nothing per request, and JaaS sends a room's
// webhooks in bursts, where building and injecting a resource per request was pure overhead.
@ApplicationScoped
public class JitsiWebhookResource {

  /** Tries per delivery before the failure goes back to JaaS, which then delivers it again. */
  private static final int ATTEMPTS = 3;

  @Inject WebhookIngestion ingestion;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Receive a signed JaaS webhook; repeated deliveries are applied once")
  public WebhookReceipt receive(
      @HeaderParam(WebhookVerifier.SIGNATURE_HEADER) String signature, byte[] body) {
    WebhookEvent event = ingestion.verify(signature, body == null ? new byte[0] : body);
    String key = WebhookIngestion.deliveryKey(event, body);
    for (int attempt = 1; ; attempt++) {
      try {
        return new WebhookReceipt(key, ingestion.apply(event, key).name());
      } catch (PersistenceException | TransactionalException e) {
        // A copy delivered at the same moment won the key: this one is a duplicate.
        if (ingestion.seen(key)) {
          return new WebhookReceipt(key, WebhookIngestion.Outcome.DUPLICATE.name());
        }
        // Or another event of the same participant created its attendance row first (the row
        // exists now, so the next attempt folds under that row's lock), or a lock wait timed out
        // on a busy node: the transaction rolled back whole, so trying again is safe.
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}

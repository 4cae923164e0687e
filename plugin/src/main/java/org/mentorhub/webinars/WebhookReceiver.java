package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.mentorhub.webinar.WebhookEvent;

/**
 * Receives one JaaS webhook delivery: verifies it, applies it once, and tries again when it lost a
 * race that a second attempt resolves.
 */
@ApplicationScoped
public class WebhookReceiver {

  /** Tries per delivery before the failure goes back to JaaS, which then delivers it again. */
  private static final int ATTEMPTS = 3;

  @Inject WebhookIngestion ingestion;

  /** The receipt for a delivery, APPLIED now or recognised as a DUPLICATE of an earlier one. */
  public WebhookReceipt receive(String signatureHeader, byte[] body) {
    WebhookEvent event = ingestion.verify(signatureHeader, body);
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

package org.mentorhub.webinars;

/** The answer to a webhook delivery: its key and whether it was applied now or before. */
public record WebhookReceipt(String idempotencyKey, String outcome) {}

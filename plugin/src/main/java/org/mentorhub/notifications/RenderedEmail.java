package org.mentorhub.notifications;

/** An email ready to send: a one-line subject, a plain-text body and the same as HTML. */
public record RenderedEmail(String subject, String text, String html) {}

package org.mentorhub.webinars;

/**
 * The caller's registration: {@code REGISTERED}, or {@code WAITLISTED} with their 1-based {@code
 * position} in the queue (null when registered).
 */
public record RegistrationView(String status, Integer position) {}

package org.mentorhub.webinars;

import java.util.List;

/** A created webinar with its sessions. */
public record WebinarView(
    String id,
    String title,
    String kind,
    String hostId,
    String timezone,
    String recurrence,
    List<SessionView> sessions) {}

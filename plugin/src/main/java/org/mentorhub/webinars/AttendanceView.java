package org.mentorhub.webinars;

/**
 * One line of a session's attendance report; {@code guest} marks people without a member id here,
 * whose {@code memberId} is null.
 */
public record AttendanceView(
    String memberId, String name, long minutes, boolean attended, boolean guest) {}

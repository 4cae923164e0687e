package org.mentorhub.hostsync;

/** Why one line of an import file was rejected: its number (from 1), the field and the rule. */
public record LineError(long line, String field, String message) {}

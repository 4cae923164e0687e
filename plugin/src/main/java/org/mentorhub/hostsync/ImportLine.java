package org.mentorhub.hostsync;

import org.mentorhub.directory.MenteeProfileInput;
import org.mentorhub.directory.MentorProfileInput;

/**
 * One valid line of an import file, normalised as the profile endpoints store it: exactly one of
 * {@code mentor} and {@code mentee} is set, according to the kind of import.
 */
public record ImportLine(
    long number, ImportIdentity identity, MentorProfileInput mentor, MenteeProfileInput mentee) {}

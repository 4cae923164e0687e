/**
 * Soft-skills training tracks: the catalog from the content module rendered as sanitised HTML,
 * members' enrolments and progress keyed by step id, server-side quiz grading, certificates with a
 * public verification code, and completion counts for staff.
 */
package org.mentorhub.training;

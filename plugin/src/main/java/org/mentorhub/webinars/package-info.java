/**
 * Webinars on Jitsi: onboarding sessions and recurring mentor office hours, with registration and
 * waitlist, signed join links, attendance from webhooks, recordings and personal calendar feeds.
 */
package org.mentorhub.webinars;

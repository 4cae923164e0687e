/**
 * Mentorships and the accountability that makes them work: SMART goals with progress and celebrated
 * milestones, check-ins on a cadence with next steps that carry over until done, programmes
 * (cohorts) with surveys at 6-8 weeks, mid-point and end, and re-engagement nudges.
 */
package org.mentorhub.mentorships;

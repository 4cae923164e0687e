/**
 * Programme insights for staff: the funnel from sign-up to an achieved goal, and the KPIs that say
 * whether mentoring works (time to first match, check-in minutes, goal achievement, training,
 * webinar attendance, survey scores, report resolution), as JSON and CSV.
 */
package org.mentorhub.insights;

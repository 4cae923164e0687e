/**
 * Community issue reporting and the moderator queue: reports grouped into one open case per target,
 * prioritised by severity and by who reported, actions that take effect at once, and an append-only
 * audit trail.
 */
package org.mentorhub.moderation;

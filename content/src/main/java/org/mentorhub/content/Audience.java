package org.mentorhub.content;

/** Who a track or survey is written for. */
public enum Audience {
  MENTOR,
  MENTEE,
  EVERYONE
}

package org.mentorhub.content;

/** One item of a programme survey; its id keys the answers, so it never changes. */
public sealed interface SurveyItem permits LikertItem, TextItem {

  /** The id, unique within the survey and stable across survey versions. */
  String id();

  /** The statement or question shown to the member. */
  String text();
}

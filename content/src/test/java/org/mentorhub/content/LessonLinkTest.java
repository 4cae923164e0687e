package org.mentorhub.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonLinkTest {

  @Test
  void sameTrackLinkResolvesAgainstTheCurrentTrack() {
    assertThat(LessonLink.parse("feedback", "receiving-feedback.md"))
        .contains(new LessonLink("feedback", "receiving-feedback"));
    assertThat(LessonLink.parse("feedback", "./receiving-feedback.md"))
        .contains(new LessonLink("feedback", "receiving-feedback"));
  }

  @Test
  void otherTrackLinkNamesThatTrack() {
    assertThat(LessonLink.parse("feedback", "../active-listening/summarising.md#practice"))
        .contains(new LessonLink("active-listening", "summarising"));
  }

  @Test
  void webAddressesAnchorsAndOtherPathsAreNotLessonLinks() {
    assertThat(LessonLink.parse("feedback", "https://example.org/a.md")).isEmpty();
    assertThat(LessonLink.parse("feedback", "#top")).isEmpty();
    assertThat(LessonLink.parse("feedback", "../../etc/passwd.md")).isEmpty();
    assertThat(LessonLink.parse("feedback", "notes.txt")).isEmpty();
  }
}

package org.mentorhub.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorhub.content.LessonStep;
import org.mentorhub.content.Track;
import org.mentorhub.content.TrackCatalog;

class LessonRendererTest {

  private final LessonRenderer renderer =
      new LessonRenderer(link -> "/lessons/" + link.trackSlug() + "/" + link.stepId());

  @Test
  void scriptInContentNeverReachesTheHtml() {
    String html =
        renderer.render(
            "feedback",
            """
            # Title

            <script>alert('block')</script>

            Inline <script>alert('inline')</script> and <img src=x onerror="alert(1)">.

            [click me](javascript:alert(1)) and <a href="javascript:alert(2)">raw</a>

            <iframe src="https://evil.example"></iframe>
            """);

    // The markup may survive as visible, escaped text; it must never become an element.
    assertThat(html.toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain("href=\"javascript")
        .doesNotContain("onerror=");
    assertThat(html).contains("<h1>Title</h1>");
  }

  @Test
  void lessonLinksPointAtThePluginsLessonPagesKeepingTheAnchor() {
    String html =
        renderer.render(
            "great-mentee",
            "See [next](giving-back-and-patience.md) and"
                + " [other](../feedback/difficult-conversations.md#opening).");

    assertThat(html)
        .contains("href=\"/lessons/great-mentee/giving-back-and-patience\"")
        .contains("href=\"/lessons/feedback/difficult-conversations#opening\"");
  }

  @Test
  void webLinksStayAndOpenWithoutGivingTheOpenerAway() {
    String html = renderer.render("feedback", "Read [the guide](https://example.org/guide).");

    assertThat(html).contains("href=\"https://example.org/guide\"").contains("noopener");
  }

  @Test
  void formattingOfLessonsSurvivesSanitising() {
    String html =
        renderer.render(
            "feedback", "## Steps\n\n1. **Ask**\n2. *Listen*\n\n> \"What would help?\"\n");

    assertThat(html)
        .contains("<h2>Steps</h2>")
        .contains("<ol>")
        .contains("<strong>Ask</strong>")
        .contains("<em>Listen</em>")
        .contains("<blockquote>");
  }

  @Test
  void everyShippedLessonRendersToSafeHtml() {
    for (Track track : TrackCatalog.fromClasspath().tracks()) {
      for (LessonStep lesson : track.lessons()) {
        String html = renderer.render(track.slug(), lesson.markdown());
        assertThat(html).as(track.slug() + "/" + lesson.id()).contains("<p>").doesNotContain(".md");
      }
    }
  }
}

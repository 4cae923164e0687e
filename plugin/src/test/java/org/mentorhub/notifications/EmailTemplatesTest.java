package org.mentorhub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.platform.events.NoticeType;

class EmailTemplatesTest {

  private final EmailTemplates templates = new EmailTemplates();

  @Test
  void everyNoticeTypeHasATemplate() {
    for (NoticeType type : NoticeType.values()) {
      RenderedEmail email = templates.render(type, Map.of(), null);
      assertThat(email.subject()).as(type.name()).isNotBlank().doesNotContain("{{");
      assertThat(email.text()).as(type.name()).doesNotContain("{{");
    }
  }

  @Test
  void fillsTextAndHtmlAndEscapesValuesInHtmlOnly() {
    RenderedEmail email =
        templates.render(
            NoticeType.SESSION_CANCELLED,
            Map.of(
                "title", "<script>alert('x')</script> & more",
                "startsAt", "2026-12-01T17:00:00Z",
                "link", "https://community.example/mentorhub/?a=1&b=2"),
            "https://community.example/mentorhub/api/v1/notifications/unsubscribe?token=abc");

    assertThat(email.subject()).isEqualTo("Session cancelled: <script>alert('x')</script> & more");
    assertThat(email.text())
        .contains("\"<script>alert('x')</script> & more\" on 2026-12-01T17:00:00Z")
        .contains("Unsubscribe: https://community.example/mentorhub/api/v1/notifications/");
    assertThat(email.html())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
        .contains(
            "<a href=\"https://community.example/mentorhub/?a=1&amp;b=2\">"
                + "https://community.example/mentorhub/?a=1&amp;b=2</a>")
        .contains(">Unsubscribe</a>");
  }

  @Test
  void subjectCannotCarryExtraHeaders() {
    RenderedEmail email =
        templates.render(
            NoticeType.WAITLIST_PROMOTED, Map.of("title", "Hi\r\nBcc: victim@example.org"), null);
    assertThat(email.subject()).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void aDigestGathersSeveralNotices() {
    RenderedEmail a = templates.render(NoticeType.SESSION_CHANGED, Map.of("title", "A<b>"), null);
    RenderedEmail b = templates.render(NoticeType.SESSION_CANCELLED, Map.of("title", "B"), null);
    RenderedEmail digest = templates.digest(List.of(a, b), "https://x.example/u?token=t");
    assertThat(digest.subject()).isEqualTo("Your Mentor Hub digest: 2 updates");
    assertThat(digest.text()).contains("Session changed: A<b>").contains("Session cancelled: B");
    assertThat(digest.html()).contains("Session changed: A&lt;b&gt;").doesNotContain("A<b>");
  }
}

package org.mentorhub.training;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.mentorhub.content.LessonLink;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a lesson's Markdown into HTML that is safe to put in a page: links to other lessons point
 * at the plugin's own addresses, and whatever the Markdown holds, no script reaches a browser.
 *
 * <p>Two layers on purpose: commonmark escapes raw HTML and drops unsafe link schemes, and the
 * OWASP sanitiser then keeps only the elements a lesson may use, so a bug or a new feature in
 * either library alone cannot let markup through.
 */
public final class LessonRenderer {

  private static final PolicyFactory LESSON_POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "ul",
              "ol",
              "li",
              "blockquote",
              "strong",
              "em",
              "code",
              "pre",
              "hr",
              "br",
              "a")
          .allowAttributes("start")
          .onElements("ol")
          .allowAttributes("href")
          .onElements("a")
          .allowUrlProtocols("https", "http", "mailto")
          .requireRelsOnLinks("noopener", "noreferrer")
          .toFactory();

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private final Function<LessonLink, String> lessonUrl;

  /**
   * @param lessonUrl the address of a lesson in the plugin, for links between lessons
   */
  public LessonRenderer(Function<LessonLink, String> lessonUrl) {
    this.lessonUrl = requireNonNull(lessonUrl, "lessonUrl");
  }

  /** The sanitised HTML of a lesson of track {@code trackSlug}. */
  public String render(String trackSlug, String markdown) {
    requireNonNull(trackSlug, "trackSlug");
    Node document = parser.parse(requireNonNull(markdown, "markdown"));
    document.accept(new LessonLinkRewriter(trackSlug));
    return LESSON_POLICY.sanitize(renderer.render(document));
  }

  /** Points relative links to lesson files at the lesson's address, keeping any anchor. */
  private final class LessonLinkRewriter extends AbstractVisitor {

    private final String trackSlug;

    LessonLinkRewriter(String trackSlug) {
      this.trackSlug = trackSlug;
    }

    @Override
    public void visit(Link link) {
      String destination = link.getDestination();
      Optional<LessonLink> lesson = LessonLink.parse(trackSlug, destination);
      if (lesson.isPresent()) {
        int hash = destination.indexOf('#');
        String anchor = hash < 0 ? "" : destination.substring(hash);
        link.setDestination(lessonUrl.apply(lesson.get()) + anchor);
      }
      visitChildren(link);
    }
  }
}

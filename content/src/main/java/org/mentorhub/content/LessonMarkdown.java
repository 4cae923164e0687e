package org.mentorhub.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * What the validator needs to know about a lesson body, read from the same commonmark tree the
 * plugin will render, so the counts match what members see.
 *
 * @param words words of readable text, not counting Markdown syntax or link targets
 * @param links link destinations in document order
 * @param images image sources, which lessons do not support
 * @param rawHtml snippets of raw HTML, which lessons must not contain
 */
record LessonMarkdown(int words, List<String> links, List<String> images, List<String> rawHtml) {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

  /**
   * Parses and renders the body; rendering too, because a lesson that cannot be rendered must fail
   * the build rather than a member's page.
   */
  static LessonMarkdown analyse(String markdown) {
    Node document = PARSER.parse(markdown);
    RENDERER.render(document);
    Collector collector = new Collector();
    document.accept(collector);
    return new LessonMarkdown(
        collector.words, collector.links, collector.images, collector.rawHtml);
  }

  private static final class Collector extends AbstractVisitor {
    private int words;
    private final List<String> links = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private final List<String> rawHtml = new ArrayList<>();

    @Override
    public void visit(Text text) {
      words += countWords(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      words += countWords(code.getLiteral());
    }

    @Override
    public void visit(Link link) {
      links.add(link.getDestination());
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      images.add(image.getDestination());
      visitChildren(image);
    }

    @Override
    public void visit(HtmlBlock html) {
      rawHtml.add(html.getLiteral().strip());
    }

    @Override
    public void visit(HtmlInline html) {
      rawHtml.add(html.getLiteral());
    }

    /** Counts tokens with a letter or digit, so dashes and bullets standing alone are not words. */
    private static int countWords(String text) {
      int count = 0;
      for (String token : text.split("\\s+")) {
        if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
          count++;
        }
      }
      return count;
    }
  }
}

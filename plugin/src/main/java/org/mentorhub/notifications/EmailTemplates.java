package org.mentorhub.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorhub.platform.events.NoticeType;

/**
 * Turns a notice into an email from one template per {@link NoticeType} ({@code
 * templates/<TYPE>.txt}: the subject, a {@code ---} line, then the body with {@code {{key}}}
 * placeholders filled from the notice's data). The HTML part escapes every value, so a session
 * title such as {@code <script>} arrives as text; the subject drops line breaks, so a value cannot
 * add mail headers.
 */
public final class EmailTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_]+)}}");

  private final Map<NoticeType, String[]> templates = new EnumMap<>(NoticeType.class);

  /** Loads every template; fails at once when one is missing, not when the first email is due. */
  public EmailTemplates() {
    for (NoticeType type : NoticeType.values()) {
      String source = load("templates/" + type.name() + ".txt");
      int split = source.indexOf("\n---\n");
      if (split < 0) {
        throw new IllegalStateException("Template " + type + " has no '---' line");
      }
      templates.put(
          type, new String[] {source.substring(0, split).strip(), source.substring(split + 5)});
    }
  }

  /** The email for one notice; {@code unsubscribeUrl} may be null when links are not possible. */
  public RenderedEmail render(NoticeType type, Map<String, String> values, String unsubscribeUrl) {
    String[] template = templates.get(type);
    String subject = fill(template[0], values, false).replaceAll("[\\r\\n]+", " ").strip();
    String text = fill(template[1], values, false).strip();
    String html = paragraphs(fill(escape(template[1]), values, true).strip());
    return new RenderedEmail(
        subject, text + textFooter(unsubscribeUrl), page(subject, html, unsubscribeUrl));
  }

  /** One email that gathers several notices, for members who chose a daily digest. */
  public RenderedEmail digest(List<RenderedEmail> items, String unsubscribeUrl) {
    String subject =
        items.size() == 1
            ? items.get(0).subject()
            : "Your Mentor Hub digest: " + items.size() + " updates";
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder();
    for (RenderedEmail item : items) {
      String body = stripFooter(item.text());
      text.append("* ").append(item.subject()).append("\n\n").append(body).append("\n\n");
      html.append("<h2>")
          .append(escape(item.subject()))
          .append("</h2>")
          .append(paragraphs(escapeWithLinks(body)));
    }
    return new RenderedEmail(
        subject,
        text.toString().strip() + textFooter(unsubscribeUrl),
        page(subject, html.toString(), unsubscribeUrl));
  }

  /** HTML-escapes text for element content and attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String fill(String template, Map<String, String> values, boolean html) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.getOrDefault(m.group(1), "");
      String replacement;
      if (!html) {
        replacement = value;
      } else if (isLink(value)) {
        replacement = "<a href=\"" + escape(value) + "\">" + escape(value) + "</a>";
      } else {
        replacement = escape(value);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean isLink(String value) {
    return (value.startsWith("https://") || value.startsWith("http://"))
        && value.chars().noneMatch(Character::isWhitespace);
  }

  private static String escapeWithLinks(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split("(?<=\\s)|(?=\\s)")) {
      out.append(
          isLink(word)
              ? "<a href=\"" + escape(word) + "\">" + escape(word) + "</a>"
              : escape(word));
    }
    return out.toString();
  }

  private static String paragraphs(String html) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : html.split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        out.append("<p>").append(paragraph.strip().replace("\n", "<br>")).append("</p>\n");
      }
    }
    return out.toString();
  }

  private static final String FOOTER_MARK = "\n\n-- \n";

  private static String textFooter(String unsubscribeUrl) {
    return FOOTER_MARK
        + "You get this email because of your Mentor Hub notification settings."
        + (unsubscribeUrl == null ? "" : "\nUnsubscribe: " + unsubscribeUrl)
        + "\n";
  }

  private static String stripFooter(String text) {
    int at = text.indexOf(FOOTER_MARK);
    return at < 0 ? text : text.substring(0, at);
  }

  private static String page(String subject, String body, String unsubscribeUrl) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + escape(subject)
        + "</title></head>\n<body>\n"
        + body
        + "<hr><p style=\"font-size:small\">You get this email because of your Mentor Hub"
        + " notification settings."
        + (unsubscribeUrl == null
            ? ""
            : " <a href=\"" + escape(unsubscribeUrl) + "\">Unsubscribe</a>")
        + "</p>\n</body></html>\n";
  }

  private static String load(String name) {
    try (InputStream in = EmailTemplates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing email template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

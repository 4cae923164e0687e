package org.mentorhub.training;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A certificate as a printable HTML page and as a one-page PDF, both showing the code and the
 * address where anyone can check it.
 */
final class CertificateDocuments {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  /*
   * The standard PDF fonts every viewer has, so nothing is embedded. Shared: loading their metrics
   * is not free, and PDFBox logs a fallback warning each time one is created on a server without
   * the fonts installed.
   */
  private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
  private static final PDFont PLAIN = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  private CertificateDocuments() {}

  /** A self-contained page (inline styles, no scripts) laid out for printing on A4 landscape. */
  static String html(CertificateView certificate, String verifyUrl) {
    requireNonNull(certificate, "certificate");
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Certificate: %s</title>
        <style>
          @page { size: A4 landscape; margin: 0; }
          body { font-family: Georgia, serif; margin: 0; color: #1d2a3a; }
          main { box-sizing: border-box; width: 297mm; height: 210mm; padding: 25mm;
                 border: 6mm solid #2f5d8a; text-align: center; }
          h1 { font-size: 36pt; margin: 10mm 0 8mm; }
          .name { font-size: 28pt; font-weight: bold; margin: 6mm 0; }
          .track { font-size: 22pt; font-style: italic; margin: 6mm 0; }
          .verify { font-family: sans-serif; font-size: 10pt; margin-top: 20mm; }
          @media screen { main { margin: 10mm auto; } }
        </style>
        </head>
        <body>
        <main>
        <h1>Certificate of completion</h1>
        <p>This certifies that</p>
        <p class="name">%s</p>
        <p>completed the Mentor Hub training track</p>
        <p class="track">%s</p>
        <p>on %s</p>
        <p class="verify">Verification code <strong>%s</strong><br>Check it at %s</p>
        </main>
        </body>
        </html>
        """
        .formatted(
            escape(certificate.trackTitle()),
            escape(certificate.memberName()),
            escape(certificate.trackTitle()),
            DATE.format(certificate.completedAt()),
            escape(certificate.code()),
            escape(verifyUrl));
  }

  /** A one-page A4 landscape PDF with the same content as the page. */
  static byte[] pdf(CertificateView certificate, String verifyUrl) {
    requireNonNull(certificate, "certificate");
    PDRectangle a4Landscape =
        new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Certificate: " + certificate.trackTitle());
      info.setSubject("Verification code " + certificate.code());
      PDPage page = new PDPage(a4Landscape);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.setLineWidth(12);
        content.setStrokingColor(0.18f, 0.36f, 0.54f);
        content.addRect(20, 20, a4Landscape.getWidth() - 40, a4Landscape.getHeight() - 40);
        content.stroke();
        Lines lines = new Lines(content, a4Landscape.getWidth(), a4Landscape.getHeight() - 130);
        lines.add(BOLD, 34, "Certificate of completion", 0);
        lines.add(REGULAR, 16, "This certifies that", 30);
        lines.add(BOLD, 28, certificate.memberName(), 20);
        lines.add(REGULAR, 16, "completed the Mentor Hub training track", 20);
        lines.add(ITALIC, 24, certificate.trackTitle(), 20);
        lines.add(REGULAR, 16, "on " + DATE.format(certificate.completedAt()), 20);
        lines.add(PLAIN, 11, "Verification code " + certificate.code(), 60);
        lines.add(PLAIN, 11, "Check it at " + verifyUrl, 8);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the certificate PDF", e);
    }
  }

  /** Centred lines written down a page, each some gap below the one before. */
  private static final class Lines {

    private final PDPageContentStream content;
    private final float pageWidth;
    private float top;

    Lines(PDPageContentStream content, float pageWidth, float top) {
      this.content = content;
      this.pageWidth = pageWidth;
      this.top = top;
    }

    void add(PDFont font, float size, String text, float gap) throws IOException {
      String printable = printable(font, text);
      float width = font.getStringWidth(printable) / 1000 * size;
      top = top - gap - size;
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(Math.max(30, (pageWidth - width) / 2), top);
      content.showText(printable);
      content.endText();
    }
  }

  /**
   * The text as the standard PDF fonts can show it: accents dropped where the font lacks the
   * letter, anything else it cannot encode replaced by '?', so an unusual name never fails the
   * document.
   */
  static String printable(PDFont font, String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              if (canEncode(font, ch)) {
                out.append(ch);
                return;
              }
              String base = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
              out.append(!base.isEmpty() && canEncode(font, base) ? base : "?");
            });
    return out.toString();
  }

  private static boolean canEncode(PDFont font, String text) {
    try {
      font.encode(text);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

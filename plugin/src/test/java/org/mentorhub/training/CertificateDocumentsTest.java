package org.mentorhub.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificateDocumentsTest {

  private static final String VERIFY = "https://hub.example/mentorhub/api/v1/certificates/";

  private static CertificateView certificate(String name) {
    return new CertificateView(
        "MH-7K2Q-9XWD-M3RA",
        name,
        "feedback",
        "Feedback that helps",
        Instant.parse("2026-11-23T10:00:00Z"));
  }

  @Test
  void pageShowsTheCertificateWithTheNameEscaped() {
    String html =
        CertificateDocuments.html(
            certificate("<script>alert(1)</script> Ana"), VERIFY + "MH-7K2Q-9XWD-M3RA");

    assertThat(html)
        .doesNotContain("<script")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Ana")
        .contains("Feedback that helps")
        .contains("23 November 2026")
        .contains("MH-7K2Q-9XWD-M3RA")
        .contains(VERIFY + "MH-7K2Q-9XWD-M3RA");
  }

  @Test
  void pdfHoldsNameTrackCodeAndVerificationAddress() throws IOException {
    byte[] pdf = CertificateDocuments.pdf(certificate("Zoë Ólafsdóttir"), VERIFY + "MH-7K2Q");

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Zoë Ólafsdóttir")
          .contains("Feedback that helps")
          .contains("MH-7K2Q-9XWD-M3RA")
          .contains(VERIFY + "MH-7K2Q");
    }
  }

  @Test
  void pdfOfANameTheStandardFontsCannotShowStillRenders() throws IOException {
    byte[] pdf = CertificateDocuments.pdf(certificate("李伟 Nguyễn"), VERIFY);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("?? Nguyen");
    }
  }

  @Test
  void lettersTheFontLacksLoseTheirAccentRatherThanVanish() {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    assertThat(CertificateDocuments.printable(font, "Łukasz Nguyễn café"))
        .isEqualTo("?ukasz Nguyen café");
  }
}

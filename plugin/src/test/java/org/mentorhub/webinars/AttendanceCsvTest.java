package org.mentorhub.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceCsvTest {

  @Test
  void writesHeaderAndQuotesFreeTextSafely() {
    String csv =
        AttendanceCsv.write(
            List.of(
                new AttendanceView("m-1", "Okafor, Grace", 42, true, false),
                new AttendanceView(null, "=HYPERLINK(\"x\")", 3, false, true)));
    assertThat(csv.split("\r\n"))
        .containsExactly(
            "memberId,name,minutes,attended,guest",
            "m-1,\"Okafor, Grace\",42,true,false",
            ",\"'=HYPERLINK(\"\"x\"\")\",3,false,true");
  }
}

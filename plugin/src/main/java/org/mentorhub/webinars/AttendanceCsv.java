package org.mentorhub.webinars;

import java.util.List;

/** Writes an attendance report as RFC 4180 CSV, with a header line. */
final class AttendanceCsv {

  private AttendanceCsv() {}

  static String write(List<AttendanceView> lines) {
    StringBuilder csv = new StringBuilder("memberId,name,minutes,attended,guest\r\n");
    for (AttendanceView line : lines) {
      csv.append(field(line.memberId()))
          .append(',')
          .append(field(line.name()))
          .append(',')
          .append(line.minutes())
          .append(',')
          .append(line.attended())
          .append(',')
          .append(line.guest())
          .append("\r\n");
    }
    return csv.toString();
  }

  /**
   * Quotes fields with separators or quotes, and defuses a leading formula character, because hosts
   * open these files in spreadsheets and names are free text.
   */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}

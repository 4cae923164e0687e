package org.mentorhub.hostsync;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@code BufferedReader.readLine}, but never holds more than a bounded line in
 * memory: a longer line is skipped to its end and reported as too long, so one bad line cannot
 * exhaust the heap.
 */
final class LineReader {

  /** Returned for a line longer than the limit; compare by identity. */
  static final String TOO_LONG = new String("<too long>");

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[64 * 1024];
  private final StringBuilder line = new StringBuilder(1024);
  private int position;
  private int length;
  private boolean eof;

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its terminator (LF or CRLF), {@link #TOO_LONG}, or null at the end. */
  String next() throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == length) {
        if (eof || !fill()) {
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = position;
      while (position < length && buffer[position] != '\n') {
        position++;
      }
      int end = position;
      if (!tooLong) {
        if (line.length() + (end - start) > maxChars) {
          tooLong = true;
          line.setLength(0);
        } else {
          line.append(buffer, start, end - start);
        }
      }
      if (position < length) {
        position++; // the newline
        break;
      }
    }
    if (tooLong) {
      return TOO_LONG;
    }
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') {
      line.setLength(n - 1);
    }
    return line.toString();
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = true;
      position = 0;
      length = 0;
      return false;
    }
    position = 0;
    length = n;
    return true;
  }
}

package org.mentorhub.webinar.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;

/** Percent-encoding for the parts of URLs this library builds. */
public final class UrlEncoding {

  private UrlEncoding() {}

  /** Encodes one path segment; unlike a form value, a space must become %20, not '+'. */
  public static String pathSegment(String value) {
    return URLEncoder.encode(value, UTF_8).replace("+", "%20");
  }

  /** Encodes one query-string value. */
  public static String queryValue(String value) {
    return URLEncoder.encode(value, UTF_8);
  }
}

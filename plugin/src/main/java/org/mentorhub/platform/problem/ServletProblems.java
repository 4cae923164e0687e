package org.mentorhub.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Problem documents for the few endpoints that are plain servlets rather than JAX-RS resources
 * (calendar feeds, dev tokens, the webhook receiver): the same documents, headers and status codes
 * the exception mappers give every resource.
 */
public final class ServletProblems {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ServletProblems() {}

  /** Sends {@code problem} as the response. */
  public static void write(HttpServletResponse resp, Problem problem) throws IOException {
    resp.setStatus(problem.status());
    resp.setContentType(Problem.MEDIA_TYPE);
    resp.setCharacterEncoding("UTF-8");
    resp.getWriter().write(JSON.toJson(problem));
  }

  /**
   * Sends the response the exception mappers would give for {@code failure}: the case it names with
   * its headers (such as Retry-After), or a 500 logged under an incident id.
   */
  public static void write(HttpServletResponse resp, Throwable failure) throws IOException {
    Response response = ThrowableProblems.toResponse(failure);
    for (Map.Entry<String, List<String>> header : response.getStringHeaders().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("Content-Type")) {
        header.getValue().forEach(value -> resp.addHeader(header.getKey(), value));
      }
    }
    write(resp, (Problem) response.getEntity());
  }
}

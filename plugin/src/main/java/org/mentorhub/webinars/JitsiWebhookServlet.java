package org.mentorhub.webinars;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.InputStream;
import org.mentorhub.platform.PlatformConfig;
import org.mentorhub.platform.RequestBodyLimitFilter;
import org.mentorhub.platform.problem.PayloadTooLargeException;
import org.mentorhub.platform.problem.Problem;
import org.mentorhub.platform.problem.ServletProblems;
import org.mentorhub.webinar.WebhookVerifier;

/**
 * {@code POST /api/v1/webhooks/jitsi}: the JaaS webhook receiver. Public, because JaaS sends no
 * bearer token; the HMAC signature over the raw body is what authenticates it.
 *
 * <p>A servlet, not a JAX-RS resource: a room's webhooks come in bursts of hundreds a second, and
 * the JAX-RS pipeline (routing, tracing spans, provider look-ups, filters meant for bearer-token
 * calls) cost a fifth of each delivery's CPU for a route that needs none of it. Its exact mapping
 * wins over the JAX-RS application's {@code /api/v1/*}; errors are the same problem documents, and
 * it is in the OpenAPI document through {@code META-INF/openapi.yaml}.
 */
@WebServlet("/api/v1/webhooks/jitsi")
public class JitsiWebhookServlet extends HttpServlet {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject WebhookReceiver receiver;
  @Inject PlatformConfig config;

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!"POST".equals(req.getMethod())) {
      resp.setHeader("Allow", "POST");
      ServletProblems.write(
          resp, Problem.of(Status.METHOD_NOT_ALLOWED, "This address does not accept that method."));
      return;
    }
    try {
      byte[] body = body(req, config.maxBodyBytes());
      WebhookReceipt receipt =
          receiver.receive(req.getHeader(WebhookVerifier.SIGNATURE_HEADER), body);
      resp.setStatus(200);
      resp.setContentType("application/json");
      resp.setCharacterEncoding("UTF-8");
      resp.getWriter().write(JSON.toJson(receipt));
    } catch (RuntimeException e) {
      ServletProblems.write(resp, e);
    }
  }

  /** The raw body, which the signature covers; refused with 413 past the configured limit. */
  private static byte[] body(HttpServletRequest req, long limit) throws IOException {
    InputStream in = req.getInputStream();
    RequestBodyLimitFilter.refuseDeclaredOversize(req.getContentLengthLong(), in, limit);
    byte[] body = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8) + 1);
    if (body.length > limit) {
      throw new PayloadTooLargeException(limit);
    }
    return body;
  }
}

package org.mentorhub.platform.security;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mentorhub.platform.PlatformConfig;
import org.mentorhub.platform.problem.Problem;
import org.mentorhub.platform.problem.ServletProblems;
import org.mentorhub.platform.problem.Violation;

/**
 * {@code POST /mentorhub/dev/token}: a token for any person and roles, signed with the bundled dev
 * key, so the demo can be tried in every role. With dev mode off the endpoint does not exist (404).
 *
 * <p>A servlet rather than a JAX-RS resource because it lives outside {@code /api/v1}.
 */
@WebServlet("/dev/token")
public class DevTokenServlet extends HttpServlet {

  private static final Duration LIFETIME = Duration.ofHours(12);
  private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@:-]{1,64}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Inject PlatformConfig platform;

  private final Jsonb jsonb = JsonbBuilder.create();
  private volatile DevTokenIssuer issuer;

  /** What the caller asks a token for. */
  public record DevTokenRequest(String sub, String name, String email, List<String> groups) {}

  /** The answer: the token and when it expires. */
  public record DevTokenResponse(String token, Instant expiresAt) {}

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp)
      throws IOException, ServletException {
    if (!platform.devMode()) {
      ServletProblems.write(
          resp, Problem.of(Status.NOT_FOUND, "There is nothing at this address."));
      return;
    }
    super.service(req, resp);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String contentType = req.getContentType();
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      ServletProblems.write(
          resp,
          Problem.of(
              Status.UNSUPPORTED_MEDIA_TYPE,
              "This address does not accept that media type; send application/json."));
      return;
    }
    DevTokenRequest body;
    try (InputStream in = req.getInputStream()) {
      byte[] bytes = in.readNBytes((int) platform.maxBodyBytes() + 1);
      if (bytes.length > platform.maxBodyBytes()) {
        ServletProblems.write(
            resp, Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "The request body is too large."));
        return;
      }
      body = jsonb.fromJson(new String(bytes, StandardCharsets.UTF_8), DevTokenRequest.class);
    } catch (JsonbException e) {
      ServletProblems.write(
          resp,
          Problem.invalid(
              Status.BAD_REQUEST,
              "The body is not valid JSON of the shape {sub, name, email, groups}.",
              List.of(new Violation("body", "not valid JSON"))));
      return;
    }
    List<Violation> violations = validate(body);
    if (!violations.isEmpty()) {
      ServletProblems.write(
          resp, Problem.invalid(Status.BAD_REQUEST, "The token request is invalid.", violations));
      return;
    }
    DevTokenIssuer.IssuedToken token =
        issuer().issue(body.sub(), body.name(), body.email(), body.groups(), LIFETIME);
    resp.setStatus(200);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.getWriter().write(jsonb.toJson(new DevTokenResponse(token.token(), token.expiresAt())));
  }

  private static List<Violation> validate(DevTokenRequest body) {
    List<Violation> violations = new ArrayList<>();
    if (body == null) {
      return List.of(new Violation("body", "must be a JSON object"));
    }
    if (body.sub() == null || !SUBJECT.matcher(body.sub()).matches()) {
      violations.add(new Violation("sub", "must be 1-64 characters of letters, digits and ._@:-"));
    }
    if (body.name() == null || body.name().isBlank() || body.name().length() > 120) {
      violations.add(new Violation("name", "must be 1-120 characters"));
    }
    if (body.email() != null && !EMAIL.matcher(body.email()).matches()) {
      violations.add(new Violation("email", "must be an email address"));
    }
    if (body.groups() == null) {
      violations.add(new Violation("groups", "must list the roles, e.g. [\"member\"]"));
    } else {
      for (int i = 0; i < body.groups().size(); i++) {
        String group = body.groups().get(i);
        if (group == null || Role.fromGroup(group).isEmpty()) {
          violations.add(
              new Violation(
                  "groups[" + i + "]", "must be one of member, mentor, moderator, admin"));
        }
      }
    }
    return violations;
  }

  private DevTokenIssuer issuer() {
    if (issuer == null) {
      issuer = new DevTokenIssuer(DevKeys.ISSUER, DevKeys.privateKey(), Clock.systemUTC());
    }
    return issuer;
  }
}

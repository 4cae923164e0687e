package org.mentorhub.webinars;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorhub.members.Member;
import org.mentorhub.members.MemberService;
import org.mentorhub.platform.problem.Problem;
import org.mentorhub.platform.problem.ServletProblems;

/**
 * {@code GET /mentorhub/calendar/{feedToken}.ics}: a member's personal iCalendar feed of the
 * sessions they are registered for or host.
 *
 * <p>Calendar apps cannot send bearer tokens, so the secret token in the URL is the credential; it
 * can be regenerated, which revokes the old URL. A servlet because it lives outside {@code
 * /api/v1}.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

  private static final Pattern FEED = Pattern.compile("/([A-Za-z0-9_-]{16,100})\\.ics");

  @Inject MemberService members;
  @Inject WebinarService webinars;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Matcher matcher = FEED.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    Optional<Member> member =
        matcher.matches() ? members.findByFeedToken(matcher.group(1)) : Optional.empty();
    if (member.isEmpty()) {
      ServletProblems.write(
          resp, Problem.of(Status.NOT_FOUND, "There is no calendar feed at this address."));
      return;
    }
    String ics = CalendarFeed.write(webinars.calendarOf(member.get().id()), clock.instant());
    resp.setStatus(200);
    resp.setContentType("text/calendar");
    resp.setCharacterEncoding("UTF-8");
    // The URL is a secret: keep it out of shared caches.
    resp.setHeader("Cache-Control", "private, max-age=300");
    resp.getWriter().write(ics);
  }
}

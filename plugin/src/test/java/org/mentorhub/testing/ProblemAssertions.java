package org.mentorhub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;

/** Checks that a reply is an RFC 9457 problem document and reads the fields it names. */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  /** The reply has this status and a complete {@code application/problem+json} body. */
  public static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
  }

  /** The fields the problem's violations name, in order. */
  public static List<String> fields(Api.Reply reply) {
    return reply.json().getJsonArray("violations").stream()
        .map(v -> v.asJsonObject().getString("field"))
        .toList();
  }
}

package org.mentorhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/** Who gets in: host tokens are verified (signature, issuer, expiry) and roles are enforced. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void validHostTokenIdentifiesTheMemberAndRefreshesTheirDetails() {
    Api api = new Api(base);
    JsonObject me = api.get("api/v1/me", TestTokens.member("sec-ana", "member", "mentor")).json();
    assertThat(me.getString("id")).isEqualTo("sec-ana");
    assertThat(me.getString("email")).isEqualTo("sec-ana@example.org");
    assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactlyInAnyOrder("member", "mentor");

    JsonObject demoted = api.get("api/v1/me", TestTokens.member("sec-ana", "member")).json();
    assertThat(demoted.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
        .as("roles follow the latest token")
        .containsExactly("member");
  }

  @Test
  void missingTokenIs401WithChallenge() {
    Api.Reply reply = new Api(base).get("api/v1/me", null);
    assertUnauthorized(reply, "bearer token");
    assertThat(reply.header("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }

  @Test
  void expiredTokenIs401() {
    assertUnauthorized(new Api(base).get("api/v1/me", TestTokens.expired("sec-old")), "expired");
  }

  @Test
  void tokenFromUntrustedIssuerIs401() {
    assertUnauthorized(
        new Api(base).get("api/v1/me", TestTokens.fromIssuer("https://evil.example", "sec-x")),
        "not trusted");
  }

  @Test
  void forgedSignatureIs401() {
    assertUnauthorized(
        new Api(base).get("api/v1/me", TestTokens.forged("sec-admin", "admin")), "signature");
  }

  @Test
  void garbageAndUnsignedTokensAre401() {
    Api api = new Api(base);
    assertUnauthorized(api.get("api/v1/me", "not-a-jwt"), "not a signed JWT");
    // alg "none": header {"alg":"none"}, payload with a subject, empty signature.
    String unsigned =
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzZWMtbm9uZSIsImlzcyI6Imh0dHBzOi8vY29tbXVuaXR5LmV4YW1wbGUifQ.";
    assertUnauthorized(api.get("api/v1/me", unsigned), "");
    Api.Reply basic =
        api.send("GET", "api/v1/me", null, null, null, Map.of("Authorization", "Basic YTpi"));
    assertUnauthorized(basic, "Bearer");
  }

  @Test
  void memberWithoutMentorRoleCannotPublishAMentorProfile() {
    Api.Reply reply =
        new Api(base)
            .put(
                "api/v1/mentors/me",
                TestTokens.member("sec-member", "member"),
                "{\"name\":\"X\",\"headline\":\"Y\",\"expertise\":[\"a\"],\"languages\":[\"en\"],"
                    + "\"country\":\"GB\",\"timezone\":\"Europe/London\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("detail")).contains("mentor");
  }

  private static void assertUnauthorized(Api.Reply reply, String detailContains) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getInt("status")).isEqualTo(401);
    assertThat(reply.json().getString("detail")).contains(detailContains);
  }
}

package org.mentorhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.platform.security.DevKeys;
import org.mentorhub.platform.security.DevTokenIssuer;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/**
 * With production settings the dev token endpoint is absent and the bundled dev key is not trusted.
 */
@ExtendWith(ArquillianExtension.class)
class DevModeOffIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void devTokenEndpointDoesNotExist() {
    Api.Reply reply =
        new Api(base)
            .post("dev/token", null, "{\"sub\":\"x\",\"name\":\"X\",\"groups\":[\"admin\"]}");
    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void tokensSignedWithTheBundledDevKeyAreRefused() {
    String devToken =
        new DevTokenIssuer(DevKeys.ISSUER, DevKeys.privateKey(), Clock.systemUTC())
            .issue("intruder", "Intruder", null, List.of("admin"), Duration.ofHours(1))
            .token();
    Api api = new Api(base);
    assertThat(api.get("api/v1/me", devToken).status()).isEqualTo(401);
    assertThat(api.get("api/v1/me", TestTokens.member("host-member", "member")).status())
        .as("the host's own tokens still work")
        .isEqualTo(200);
  }
}

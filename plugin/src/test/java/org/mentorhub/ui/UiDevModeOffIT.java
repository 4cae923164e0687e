package org.mentorhub.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/**
 * With production settings the demo pages offer no role switcher and explain that the host passes
 * the token; a component given a host token by attribute works.
 */
@ExtendWith(ArquillianExtension.class)
class UiDevModeOffIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void withoutDevModeTheDemoExplainsTheHostTokenAndComponentsUseTheTokenAttribute() {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    try (Browser b = new Browser()) {
      b.open(root + "ui/find.html");
      b.find(".notice", "Dev mode is off");
      b.find(".status.error", "not signed in");
      assertThat(
              b.js()
                  .executeScript(
                      "return document.querySelector('mh-demo-bar').shadowRoot"
                          + ".querySelector('select[name=role]')"))
          .isNull();
      b.screenshot("30-dev-mode-off");

      b.js()
          .executeScript(
              "document.querySelector('mh-find-mentor').setAttribute('token', arguments[0])",
              TestTokens.member("ui-off-member", "member"));
      b.find(".results[data-query=''] p.empty", "No mentors match");
      b.screenshot("31-dev-mode-off-host-token");
    }
  }
}

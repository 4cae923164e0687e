package org.mentorhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so what can be checked without one is: the image copies the WAR this
 * build makes, runs the Payara version we test on, keeps dev mode off, and the compose file is
 * valid YAML that wires the plugin to PostgreSQL through configuration keys the plugin reads.
 */
class ContainerFilesTest {

  private static final Path ROOT = Path.of(System.getProperty("mentorhub.repo.root", ".."));

  @Test
  void dockerfileShipsTheBuiltWarOnTheTestedPayaraWithDevModeOff() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
    assertThat(dockerfile)
        .containsPattern(
            "(?m)^FROM payara/micro:"
                + Pattern.quote(System.getProperty("mentorhub.payara.version", "6.2025.10")))
        .contains("COPY --chown=payara:payara plugin/target/mentorhub.war ")
        .contains("MENTORHUB_DEV_MODE=false");
    assertThat(ROOT.resolve("plugin/pom.xml"))
        .content()
        .contains("<finalName>mentorhub</finalName>");
  }

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsThePluginOnPostgres() throws IOException {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(ROOT.resolve("docker/compose.yml")));
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    assertThat(services).containsKeys("postgres", "mentorhub");
    Map<String, Object> env =
        (Map<String, Object>) ((Map<String, Object>) services.get("mentorhub")).get("environment");
    assertThat(env)
        .containsEntry("MENTORHUB_DB_CLASS_NAME", "org.postgresql.ds.PGSimpleDataSource")
        .containsEntry("MENTORHUB_DEV_MODE", "false")
        .containsKeys("MENTORHUB_DB_URL", "MENTORHUB_AUTH_ISSUER", "MENTORHUB_AUTH_PUBLIC_KEY");
    // The README's configuration table is the list of keys the plugin reads.
    String readme = Files.readString(ROOT.resolve("README.md"));
    for (String variable : env.keySet()) {
      String key = variable.toLowerCase(Locale.ROOT).replace('_', '.');
      assertThat(readme.replace('-', '.'))
          .as("%s maps to a key of the README's configuration table", variable)
          .contains("`" + key + "`");
    }
  }
}

package org.mentorhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsTwoNodesBehindNginxWithAnIndexEachAndSharedRecordings() throws IOException {
    Map<String, Object> services =
        (Map<String, Object>)
            ((Map<String, Object>)
                    new Yaml().load(Files.readString(ROOT.resolve("docker/compose.yml"))))
                .get("services");
    assertThat(services).containsKeys("mentorhub", "mentorhub-2", "nginx");
    List<String> nodeIds = new ArrayList<>();
    List<Object> dataVolumes = new ArrayList<>();
    for (String node : List.of("mentorhub", "mentorhub-2")) {
      Map<String, Object> service = (Map<String, Object>) services.get(node);
      Map<String, Object> env = (Map<String, Object>) service.get("environment");
      assertThat(env)
          .as(node)
          .containsEntry("MENTORHUB_DB_URL", "jdbc:postgresql://postgres:5432/mentorhub");
      nodeIds.add((String) env.get("MENTORHUB_CLUSTER_NODE_ID"));
      List<String> volumes = (List<String>) service.get("volumes");
      assertThat(volumes)
          .as(node)
          .contains("recordings:" + env.get("MENTORHUB_WEBINARS_RECORDING_DIR"));
      dataVolumes.add(
          volumes.stream().filter(v -> v.endsWith(":/opt/payara/data")).findFirst().orElseThrow());
    }
    assertThat(nodeIds).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(dataVolumes).as("each node keeps its own index").doesNotHaveDuplicates();
    String nginx = Files.readString(ROOT.resolve("docker/nginx.conf"));
    assertThat(nginx).contains("server mentorhub:8080").contains("server mentorhub-2:8080");
  }
}

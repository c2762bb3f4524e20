package vn.nq57.sync.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The files an IT office installs from: the Kubernetes example (probes on the actuator's liveness
 * and readiness groups, not root, read-only root filesystem, the volumes the image declares, config
 * and credentials wired to the ConfigMap and Secret), the image settings in the pom, and the
 * systemd unit.
 */
class DeploymentFilesTest {

  private static final Pattern JIB_USER = Pattern.compile("<user>(\\d+):(\\d+)</user>");

  @Test
  void kubernetesDeploymentProbesTheActuatorGroupsOnTheContainerPort() {
    JsonNode container = KubernetesExample.container();

    assertThat(KubernetesExample.manifest("deployment.yaml").at("/spec/replicas").asInt())
        .isEqualTo(2);
    assertThat(container.at("/livenessProbe/httpGet/path").asString())
        .isEqualTo("/actuator/health/liveness");
    assertThat(container.at("/startupProbe/httpGet/path").asString())
        .isEqualTo("/actuator/health/liveness");
    assertThat(container.at("/readinessProbe/httpGet/path").asString())
        .isEqualTo("/actuator/health/readiness");
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      assertThat(container.path(probe).at("/httpGet/port").asString()).isEqualTo("http");
    }
    assertThat(KubernetesExample.containerPort()).isEqualTo(8080);
    assertThat(KubernetesExample.manifest("service.yaml").at("/spec/ports/0/targetPort").asString())
        .isEqualTo("http");
  }

  @Test
  void kubernetesPodRunsAsTheImageUserOnAReadOnlyRootWithItsVolumesMounted() throws IOException {
    JsonNode pod = KubernetesExample.manifest("deployment.yaml").at("/spec/template/spec");
    JsonNode container = KubernetesExample.container();
    Matcher jibUser = JIB_USER.matcher(Files.readString(Path.of("pom.xml")));
    assertThat(jibUser.find()).as("the image profile's container user").isTrue();

    assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
    assertThat(pod.at("/securityContext/runAsUser").asString()).isEqualTo(jibUser.group(1));
    assertThat(pod.at("/securityContext/runAsGroup").asString()).isEqualTo(jibUser.group(2));
    assertThat(jibUser.group(1)).isNotEqualTo("0");
    assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
    assertThat(values(container.path("volumeMounts"), "mountPath"))
        .containsExactlyInAnyOrder("/config", "/inbox", "/tmp", "/data");
  }

  @Test
  void kubernetesConfigComesFromTheConfigMapAndCredentialsFromTheSecret() {
    JsonNode configMap = KubernetesExample.manifest("configmap.yaml");
    JsonNode secret = KubernetesExample.manifest("secret.yaml");
    JsonNode pod = KubernetesExample.manifest("deployment.yaml").at("/spec/template/spec");

    assertThat(volume(pod, "config").at("/configMap/name").asString())
        .isEqualTo(configMap.at("/metadata/name").asString());
    assertThat(configMap.at("/data/application.yaml").asString())
        .contains("url: jdbc:postgresql://")
        .as("no secret in the ConfigMap")
        .doesNotContainPattern("(?m)^\\s*[a-z-]*(password|secret)\\s*:");
    assertThat(KubernetesExample.container().at("/envFrom/0/secretRef/name").asString())
        .isEqualTo(secret.at("/metadata/name").asString());
    assertThat(names(secret.path("stringData")))
        .containsExactlyInAnyOrder(
            "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD",
            "NQ57_NATIONAL_CLIENT_SECRET",
            "NQ57_SECURITY_OPERATOR_PASSWORD",
            "NQ57_SECURITY_ADMIN_PASSWORD");
    for (JsonNode resource : KubernetesExample.manifest("kustomization.yaml").path("resources")) {
      assertThat(KubernetesExample.FOLDER.resolve(resource.asString())).exists();
    }
  }

  @Test
  void systemdUnitRunsTheReleaseAsItsOwnUserWithHardeningAndRestarts() throws IOException {
    List<String> unit = Files.readAllLines(Path.of("deploy/systemd/nq57-sync.service"));

    assertThat(unit)
        .contains(
            "User=nq57",
            "Group=nq57",
            "ExecStart=/opt/nq57-sync/current/bin/nq57-sync",
            "WorkingDirectory=/var/lib/nq57-sync",
            "StateDirectory=nq57-sync",
            "Restart=on-failure",
            "NoNewPrivileges=yes",
            "ProtectSystem=strict",
            "ProtectHome=yes",
            "PrivateTmp=yes",
            "CapabilityBoundingSet=")
        .doesNotContain("User=root");
    assertThat(Path.of("src/dist/bin/nq57-sync")).isExecutable();
  }

  private static JsonNode volume(JsonNode pod, String name) {
    return StreamSupport.stream(pod.path("volumes").spliterator(), false)
        .filter(v -> v.path("name").asString().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> values(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(node -> node.path(field))
        .filter(JsonNode::isValueNode)
        .map(JsonNode::asString)
        .toList();
  }

  private static List<String> names(JsonNode object) {
    return List.copyOf(object.propertyNames());
  }
}

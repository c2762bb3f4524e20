package vn.nq57.sync.shipping;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The manifests of {@code deploy/kubernetes/}, read as trees. */
final class KubernetesExample {

  static final Path FOLDER = Path.of("deploy/kubernetes");
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private KubernetesExample() {}

  static JsonNode manifest(String file) {
    return YAML.readTree(FOLDER.resolve(file).toFile());
  }

  static JsonNode container() {
    return manifest("deployment.yaml").at("/spec/template/spec/containers/0");
  }

  /** The container port the probes and the Service name ({@code http}). */
  static int containerPort() {
    for (JsonNode port : container().path("ports")) {
      if (port.path("name").asString().equals("http")) {
        return port.path("containerPort").asInt();
      }
    }
    throw new AssertionError("deployment.yaml has no container port named http");
  }
}

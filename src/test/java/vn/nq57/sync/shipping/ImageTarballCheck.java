package vn.nq57.sync.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The container image as Jib wrote it to {@code target/jib-image.tar}: not root, port 8080, the
 * three volumes a read-only root filesystem needs, the temporary folder on one of them, the config
 * folder and the probes' port. Not part of the default test run (its name does not end in Test):
 * {@code ./mvnw -B -Pimage verify -DskipTests} builds the tarball and then runs this check.
 */
class ImageTarballCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void imageRunsAsNobodyOnPort8080WithDataInboxAndTmpOnVolumes() throws IOException {
    Map<String, byte[]> files =
        smallFiles(Path.of(System.getProperty("image.tarball", "target/jib-image.tar")));
    String configName = JSON.readTree(files.get("manifest.json")).get(0).path("Config").asString();
    JsonNode config = JSON.readTree(files.get(configName)).path("config");

    assertThat(config.path("User").asString()).isEqualTo("65534:65534");
    assertThat(names(config.path("ExposedPorts"))).containsExactly("8080/tcp");
    assertThat(names(config.path("Volumes"))).containsExactlyInAnyOrder("/data", "/inbox", "/tmp");
    assertThat(config.path("WorkingDir").asString()).isEqualTo("/app");
    assertThat(strings(config.path("Entrypoint")))
        .contains(
            "-Djava.io.tmpdir=/tmp",
            "-Dspring.config.additional-location=optional:file:/config/",
            "vn.nq57.sync.Application");
    assertThat(strings(config.path("Env")))
        .contains(
            "NQ57_EMBEDDED_DATABASE_DATA_DIRECTORY=/data/postgres",
            "NQ57_SOURCES_SPREADSHEET_INBOX=/inbox",
            "NQ57_MAPPINGS_DIRECTORY=/app/mappings");
    assertThat(config.path("Labels").path("org.opencontainers.image.version").asString())
        .isNotBlank();
    assertThat(KubernetesExample.containerPort()).isEqualTo(8080);
  }

  /** The entries of a tar file below 1 MiB (manifest and config, not the layers), by name. */
  private static Map<String, byte[]> smallFiles(Path tar) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (InputStream in = Files.newInputStream(tar)) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = field(header, 0, 100);
        long size = Long.parseLong(field(header, 124, 12).trim(), 8);
        long padded = (size + 511) / 512 * 512;
        if (size < 1 << 20) {
          byte[] content = in.readNBytes((int) padded);
          files.put(name, java.util.Arrays.copyOf(content, (int) size));
        } else {
          in.skipNBytes(padded);
        }
      }
    }
    return files;
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }

  private static java.util.List<String> names(JsonNode object) {
    return java.util.List.copyOf(object.propertyNames());
  }

  private static java.util.List<String> strings(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asString)
        .toList();
  }
}

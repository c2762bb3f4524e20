package vn.nq57.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq57.sync.support.IntegrationTestSupport;

/** Every file in routes/ is one route with the file's name as id, and it starts. */
class RoutesStartTest extends IntegrationTestSupport {

  @Autowired private CamelContext camel;

  @Test
  void startsEveryRouteInTheRoutesFolderUnderItsFileName() throws IOException {
    List<String> files;
    try (Stream<Path> yaml = Files.list(Path.of("routes"))) {
      files =
          yaml.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .map(n -> n.substring(0, n.length() - ".yaml".length()))
              .toList();
    }
    assertThat(files).isNotEmpty();
    assertThat(camel.getRoutes())
        .extracting(Route::getRouteId)
        .containsExactlyInAnyOrderElementsOf(files);
    for (String id : files) {
      assertThat(camel.getRouteController().getRouteStatus(id))
          .as(id)
          .isEqualTo(ServiceStatus.Started);
    }
  }
}

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
import org.springframework.core.env.Environment;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * Every file in routes/ is one route with the file's name as id, and it starts, except the quartz
 * route of a schedule that is switched off (nq57.schedules.<name>.enabled: false), which exists
 * stopped.
 */
class RoutesStartTest extends IntegrationTestSupport {

  @Autowired private CamelContext camel;
  @Autowired private Environment environment;

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
          .isEqualTo(switchedOff(id) ? ServiceStatus.Stopped : ServiceStatus.Started);
    }
  }

  @Test
  void startsTheDailyAndWeeklySchedulesAndLeavesTheOthersOffByDefault() {
    assertThat(switchedOff("scheduling-daily")).isFalse();
    assertThat(switchedOff("scheduling-weekly")).isFalse();
    for (String id : List.of("scheduling-monthly", "scheduling-quarterly", "scheduling-yearly")) {
      assertThat(switchedOff(id)).as(id).isTrue();
      assertThat(camel.getRouteController().getRouteStatus(id))
          .as(id)
          .isEqualTo(ServiceStatus.Stopped);
    }
  }

  private boolean switchedOff(String routeId) {
    String key = "nq57.schedules." + routeId.substring(routeId.indexOf('-') + 1) + ".enabled";
    return routeId.startsWith("scheduling-")
        && Boolean.FALSE.equals(environment.getProperty(key, Boolean.class));
  }
}

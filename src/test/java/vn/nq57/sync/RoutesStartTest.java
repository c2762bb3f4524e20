package vn.nq57.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.model.ModelCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.yaml.snakeyaml.Yaml;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * Every file in routes/ is one route with the file's name as id, and it starts, except the quartz
 * route of a schedule that is switched off (nq57.schedules.<name>.enabled: false), which exists
 * stopped; a route template file is a registered template with the file's name as id.
 */
class RoutesStartTest extends IntegrationTestSupport {

  /** Set by the operator: without it the application refuses to start and says which key. */
  private static final Set<String> REQUIRED = Set.of("nq57.national.base-url");

  @Autowired private CamelContext camel;
  @Autowired private Environment environment;

  @Test
  void startsEveryRouteInTheRoutesFolderUnderItsFileName() throws IOException {
    List<String> files;
    List<String> templates;
    try (Stream<Path> yaml = Files.list(Path.of("routes"))) {
      List<Path> paths = yaml.filter(p -> p.toString().endsWith(".yaml")).toList();
      files = paths.stream().filter(p -> !isTemplate(p)).map(RoutesStartTest::id).toList();
      templates =
          paths.stream().filter(RoutesStartTest::isTemplate).map(RoutesStartTest::id).toList();
    }
    assertThat(files).isNotEmpty();
    assertThat(templates).contains("source-spreadsheet-inbox", "source-pull");
    for (String template : templates) {
      assertThat(((ModelCamelContext) camel).getRouteTemplateDefinition(template))
          .as(template)
          .isNotNull();
    }
    // The test profile has one source, the default spreadsheet inbox: one route from its template.
    assertThat(camel.getRoutes())
        .extracting(Route::getRouteId)
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(files.stream(), Stream.of("source-spreadsheet-inbox")).toList());
    assertThat(camel.getRouteController().getRouteStatus("source-spreadsheet-inbox"))
        .isEqualTo(ServiceStatus.Started);
    for (String id : files) {
      assertThat(camel.getRouteController().getRouteStatus(id))
          .as(id)
          .isEqualTo(switchedOff(id) ? ServiceStatus.Stopped : ServiceStatus.Started);
    }
  }

  /**
   * The test profile sets some keys the routes read; the packaged application.yaml must set every
   * one a route reads without a default of its own, or the application does not start.
   */
  @Test
  void everyRoutePlaceholderIsSetByThePackagedConfiguration() throws IOException {
    Map<String, Object> packaged =
        new Yaml().load(Files.readString(Path.of("src/main/resources/application.yaml")));
    Pattern placeholder = Pattern.compile("\\{\\{(nq57\\.[a-z0-9.-]+)}}");
    try (Stream<Path> yaml = Files.list(Path.of("routes"))) {
      for (Path file : yaml.toList()) {
        Matcher key = placeholder.matcher(Files.readString(file));
        while (key.find()) {
          if (REQUIRED.contains(key.group(1))) {
            continue;
          }
          assertThat(lookup(packaged, key.group(1)))
              .as("%s in %s", key.group(1), file.getFileName())
              .isNotNull();
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object lookup(Map<String, Object> yaml, String key) {
    Object node = yaml;
    for (String part : key.split("\\.")) {
      node = node instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(part) : null;
    }
    return node;
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

  private static boolean isTemplate(Path file) {
    try {
      return Files.readString(file).contains("- routeTemplate:");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String id(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".yaml".length());
  }

  private boolean switchedOff(String routeId) {
    String key = "nq57.schedules." + routeId.substring(routeId.indexOf('-') + 1) + ".enabled";
    return routeId.startsWith("scheduling-")
        && Boolean.FALSE.equals(environment.getProperty(key, Boolean.class));
  }
}

package vn.nq57.sync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schedule routes stay one file per route (routes/scheduling-&lt;schedule&gt;.yaml and
 * routes/sync-&lt;schedule&gt;.yaml, read as wiring) rather than a template: this keeps the copies
 * from drifting apart. Apart from comments, each file is the daily one with the schedule's name in
 * place of "daily": the same Quartz trigger group, time zone and misfire instruction, the
 * schedule's own enabled and cron keys, and its own ScheduledRuns method.
 */
class ScheduleRouteFilesTest {

  @ParameterizedTest
  @EnumSource(Cadence.class)
  void schedulingRouteDiffersFromTheDailyOneOnlyByTheScheduleName(Cadence cadence)
      throws IOException {
    assertThat(wiring("scheduling-" + cadence.key()).replace(cadence.key(), "daily"))
        .isEqualTo(wiring("scheduling-daily"));
  }

  @ParameterizedTest
  @EnumSource(Cadence.class)
  void syncRouteDiffersFromTheDailyOneOnlyByTheScheduleName(Cadence cadence) throws IOException {
    assertThat(
            wiring("sync-" + cadence.key())
                .replace("method: " + method(cadence), "method: daily")
                .replace(cadence.key(), "daily"))
        .isEqualTo(wiring("sync-daily"));
  }

  /** The ScheduledRuns method of a schedule: its key in camel case (indicators-monthly). */
  private static String method(Cadence cadence) {
    String[] words = cadence.key().split("-");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }

  @ParameterizedTest
  @EnumSource(Cadence.class)
  void firesTheStoredTriggerOfItsScheduleWhenEnabled(Cadence cadence) throws IOException {
    String route = wiring("scheduling-" + cadence.key());
    // Clustered Quartz stores the trigger under this key: it must never change.
    assertThat(route)
        .contains("uri: quartz:" + DisabledSchedules.GROUP + "/" + cadence.key())
        .contains("autoStartup: \"{{nq57.schedules." + cadence.key() + ".enabled}}\"")
        .contains("cron: \"{{nq57.schedules." + cadence.key() + ".cron}}\"")
        .contains("uri: direct:sync-" + cadence.key());
  }

  private static String wiring(String routeId) throws IOException {
    return Files.readAllLines(Path.of("routes", routeId + ".yaml")).stream()
        .filter(line -> !line.startsWith("#"))
        .collect(Collectors.joining("\n"));
  }
}

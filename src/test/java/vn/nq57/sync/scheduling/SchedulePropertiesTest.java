package vn.nq57.sync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Binding nq57.schedules: durations and calendar offsets for due, and a bad cron stops start-up.
 */
class SchedulePropertiesTest {

  private static final List<String> VALID =
      List.of(
          "nq57.schedules.daily.enabled=true",
          "nq57.schedules.daily.cron=0 0 15 * * ?",
          "nq57.schedules.daily.due=16h",
          "nq57.schedules.weekly.enabled=true",
          "nq57.schedules.weekly.cron=0 0 14 ? * FRI",
          "nq57.schedules.weekly.due=P4DT17H",
          "nq57.schedules.monthly.cron=0 0 8 5 * ?",
          "nq57.schedules.monthly.due=P9D",
          "nq57.schedules.quarterly.cron=0 0 8 5 3,6,9,12 ?",
          "nq57.schedules.quarterly.due=P2M9D",
          "nq57.schedules.yearly.cron=0 0 8 5 11 ?",
          "nq57.schedules.yearly.due=P10M9D",
          "nq57.schedules.indicators-monthly.enabled=true",
          "nq57.schedules.indicators-monthly.cron=0 0 8 5 * ?",
          "nq57.schedules.indicators-monthly.due=P9D",
          "nq57.schedules.indicators-quarterly.enabled=true",
          "nq57.schedules.indicators-quarterly.cron=0 0 8 5 3,6,9,12 ?",
          "nq57.schedules.indicators-quarterly.due=P2M9D");

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(ScheduleProperties.class)
  static class Binding {}

  private static ApplicationContextRunner with(String... overrides) {
    List<String> values = new ArrayList<>(VALID);
    values.addAll(List.of(overrides));
    return new ApplicationContextRunner()
        .withUserConfiguration(Binding.class)
        .withPropertyValues(values.toArray(String[]::new));
  }

  @Test
  void bindsEverySchedulesCronAndDueTime() {
    with()
        .run(
            context -> {
              ScheduleProperties properties = context.getBean(ScheduleProperties.class);
              assertThat(properties.daily().enabled()).isTrue();
              assertThat(properties.monthly().enabled()).isFalse();
              assertThat(properties.weekly().due().dueAt(LocalDate.of(2025, 8, 18)))
                  .isEqualTo(OffsetDateTime.parse("2025-08-22T17:00:00+07:00"));
              assertThat(properties.quarterly().due().dueAt(LocalDate.of(2025, 10, 1)))
                  .isEqualTo(OffsetDateTime.parse("2025-12-10T00:00:00+07:00"));
              assertThat(properties.of(Cadence.INDICATORS_MONTHLY).enabled()).isTrue();
              assertThat(properties.indicatorsQuarterly().due().dueAt(LocalDate.of(2025, 10, 1)))
                  .isEqualTo(properties.quarterly().due().dueAt(LocalDate.of(2025, 10, 1)));
              assertThat(properties.recentPeriods()).isEqualTo(4);
              assertThat(properties.dueCheckInterval()).isEqualTo(Duration.ofMinutes(1));
            });
  }

  @Test
  void stopsStartUpNamingTheKeyOfAnInvalidCron() {
    with("nq57.schedules.weekly.cron=every friday")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("nq57.schedules.weekly.cron")
                    .hasMessageContaining("Quartz cron expression"));
  }

  @Test
  void stopsStartUpNamingTheKeyOfAMissingCron() {
    with("nq57.schedules.monthly.cron=")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("nq57.schedules.monthly.cron"));
  }
}

package vn.nq57.sync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq57.sync.run.PeriodType;
import vn.nq57.sync.run.ReportingPeriod;
import vn.nq57.sync.run.TriggerKind;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.VietnamTime;

/**
 * Catch-up at start-up after a downtime, against the real database and pipeline: a start-up on
 * Monday 25 Aug 2025 09:00 (ISO week 2025-W35) after the adapter was down over Friday 22 Aug 14:00,
 * the weekly fire of 2025-W34.
 */
class ScheduleCatchUpTest extends IntegrationTestSupport {

  private static final String FRIDAY_FIRE = "2025-08-22T14:00:00+07:00";
  private static final Clock MONDAY_MORNING =
      Clock.fixed(OffsetDateTime.parse("2025-08-25T09:00:00+07:00").toInstant(), VietnamTime.ZONE);

  @Autowired private ScheduleRepository repository;
  @Autowired private ScheduledRuns scheduledRuns;

  private ScheduleTables tables;

  @BeforeEach
  void rememberTables() {
    tables = new ScheduleTables(jdbc);
  }

  @AfterEach
  void restoreTables() {
    tables.restore();
  }

  @Test
  void catchesUpTheMissedWeekOnceAfterDowntimeAcrossTheWeeklyBoundary() {
    tables.registered(Cadence.WEEKLY, "2025-08-01T10:00:00+07:00");

    List<Long> first = startUp();

    assertThat(first).hasSize(1);
    assertThat(runs())
        .containsExactly(Map.of("id", first.get(0), "trigger", "CATCH_UP", "period", "2025-W34"));
    assertThat(claims()).containsExactly("WEEKLY 2025-W34 CATCH_UP run " + first.get(0));

    List<Long> second = startUp();

    assertThat(second).isEmpty();
    assertThat(runs()).hasSize(1);
  }

  @Test
  void catchesUpOnlyTheLatestMissedWeekAfterALongDowntime() {
    tables.registered(Cadence.WEEKLY, "2025-06-02T10:00:00+07:00");

    assertThat(startUp()).hasSize(1);
    assertThat(runs()).extracting(run -> run.get("period")).containsExactly("2025-W34");
  }

  @Test
  void doesNotCatchUpAFireFromBeforeTheScheduleWasFirstRegistered() {
    tables.registered(Cadence.WEEKLY, "2025-08-22T14:30:00+07:00");

    assertThat(startUp()).isEmpty();
    assertThat(runs()).isEmpty();
  }

  @Test
  void doesNotCatchUpAWeekItsScheduleAlreadyRan() {
    tables.registered(Cadence.WEEKLY, "2025-08-01T10:00:00+07:00");
    ReportingPeriod week34 = ReportingPeriod.containing(PeriodType.WEEK, LocalDate.of(2025, 8, 22));
    repository.claim(
        Cadence.WEEKLY, week34, TriggerKind.SCHEDULE, OffsetDateTime.parse(FRIDAY_FIRE));

    assertThat(startUp()).isEmpty();
    assertThat(runs()).isEmpty();
  }

  /** A start-up of the adapter on Monday morning with only the weekly schedule on. */
  private List<Long> startUp() {
    return new ScheduleCatchUp(weeklyOnly(), repository, scheduledRuns, MONDAY_MORNING).catchUp();
  }

  private static ScheduleProperties weeklyOnly() {
    ScheduleProperties.Schedule off =
        new ScheduleProperties.Schedule(false, "0 0 15 * * ?", DueOffset.valueOf("16h"));
    ScheduleProperties.Schedule weekly =
        new ScheduleProperties.Schedule(true, "0 0 14 ? * FRI", DueOffset.valueOf("P4DT17H"));
    return new ScheduleProperties(off, weekly, off, off, off, off, off, 4, Duration.ofMinutes(1));
  }

  private List<Map<String, Object>> runs() {
    return jdbc.sql("SELECT id, trigger_kind, period_id FROM sync_run WHERE period_type = 'WEEK'")
        .query(
            (rs, n) ->
                Map.<String, Object>of(
                    "id", rs.getLong("id"),
                    "trigger", rs.getString("trigger_kind"),
                    "period", rs.getString("period_id")))
        .list();
  }

  private List<String> claims() {
    return jdbc.sql("SELECT schedule, period_id, trigger_kind, run_id FROM schedule_claim")
        .query(
            (rs, n) ->
                rs.getString("schedule")
                    + " "
                    + rs.getString("period_id")
                    + " "
                    + rs.getString("trigger_kind")
                    + " run "
                    + rs.getLong("run_id"))
        .list();
  }
}

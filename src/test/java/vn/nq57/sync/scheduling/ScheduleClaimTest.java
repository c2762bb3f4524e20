package vn.nq57.sync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq57.sync.run.PeriodType;
import vn.nq57.sync.run.SyncRunService;
import vn.nq57.sync.run.TriggerKind;
import vn.nq57.sync.support.IntegrationTestSupport;

/** A schedule runs each period once, whoever fires it; manual runs are not limited. */
class ScheduleClaimTest extends IntegrationTestSupport {

  @Autowired private ScheduledRuns scheduledRuns;
  @Autowired private SyncRunService syncRuns;
  @Autowired private ProducerTemplate camel;

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
  void skipsASecondFireOfTheWeeklyScheduleInTheSameWeek() {
    camel.requestBody("direct:sync-weekly", (Object) null);
    camel.requestBody("direct:sync-weekly", (Object) null);

    assertThat(runs("SCHEDULE")).hasSize(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM schedule_claim c JOIN sync_run r ON r.id = c.run_id"
                        + " WHERE c.schedule = 'WEEKLY' AND c.period_id = r.period_id")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void answersTheRunOfTheFirstClaimAndNothingForTheSecond() {
    Optional<Long> first = scheduledRuns.daily();
    Optional<Long> second = scheduledRuns.daily();

    assertThat(first).isPresent();
    assertThat(second).isEmpty();
    assertThat(runs("SCHEDULE")).containsExactly(first.get());
  }

  @Test
  void letsAManualRunReportAPeriodItsScheduleAlreadyRan() {
    scheduledRuns.weekly();

    syncRuns.periodic(PeriodType.WEEK, TriggerKind.MANUAL);

    assertThat(runs("SCHEDULE")).hasSize(1);
    assertThat(runs("MANUAL")).hasSize(1);
  }

  private List<Long> runs(String trigger) {
    return jdbc.sql("SELECT id FROM sync_run WHERE trigger_kind = :trigger ORDER BY id")
        .param("trigger", trigger)
        .query(Long.class)
        .list();
  }
}

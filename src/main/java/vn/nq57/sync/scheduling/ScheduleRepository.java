package vn.nq57.sync.scheduling;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.nq57.sync.run.ReportingPeriod;
import vn.nq57.sync.run.TriggerKind;

/**
 * The schedule tables: first registrations, the one claim per schedule and period, and the overdue
 * warnings raised. Every insert is {@code ON CONFLICT DO NOTHING}, so the database decides which
 * instance wins.
 */
@Repository
class ScheduleRepository {

  private final JdbcClient jdbc;

  ScheduleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the schedule's first registration (if none yet) and answers when that was. */
  OffsetDateTime register(Cadence cadence, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO schedule_registration (schedule, registered_at) VALUES (:schedule, :now)
            ON CONFLICT (schedule) DO NOTHING
            """)
        .param("schedule", cadence.name())
        .param("now", now)
        .update();
    return registeredAt(cadence).orElseThrow();
  }

  Optional<OffsetDateTime> registeredAt(Cadence cadence) {
    return jdbc.sql("SELECT registered_at FROM schedule_registration WHERE schedule = :schedule")
        .param("schedule", cadence.name())
        .query(OffsetDateTime.class)
        .optional();
  }

  /** True when this call claimed the period for the schedule; false when it was claimed before. */
  boolean claim(Cadence cadence, ReportingPeriod period, TriggerKind trigger, OffsetDateTime now) {
    return jdbc.sql(
                """
                INSERT INTO schedule_claim (schedule, period_type, period_id, trigger_kind,
                                            claimed_at)
                VALUES (:schedule, :type, :period, :trigger, :now)
                ON CONFLICT (schedule, period_id) DO NOTHING
                """)
            .param("schedule", cadence.name())
            .param("type", period.type().name())
            .param("period", period.id())
            .param("trigger", trigger.name())
            .param("now", now)
            .update()
        == 1;
  }

  boolean claimed(Cadence cadence, String periodId) {
    return jdbc.sql(
                "SELECT count(*) FROM schedule_claim WHERE schedule = :schedule AND period_id = :period")
            .param("schedule", cadence.name())
            .param("period", periodId)
            .query(Long.class)
            .single()
        > 0;
  }

  void recordRun(Cadence cadence, String periodId, long runId) {
    jdbc.sql(
            """
            UPDATE schedule_claim SET run_id = :run
            WHERE schedule = :schedule AND period_id = :period
            """)
        .param("run", runId)
        .param("schedule", cadence.name())
        .param("period", periodId)
        .update();
  }

  /** True the first time an overdue period is recorded, so its warning is raised once. */
  boolean recordOverdue(
      Cadence cadence, String periodId, OffsetDateTime dueAt, OffsetDateTime now) {
    return jdbc.sql(
                """
                INSERT INTO schedule_overdue_warning (schedule, period_id, due_at, warned_at)
                VALUES (:schedule, :period, :due, :now)
                ON CONFLICT (schedule, period_id) DO NOTHING
                """)
            .param("schedule", cadence.name())
            .param("period", periodId)
            .param("due", dueAt)
            .param("now", now)
            .update()
        == 1;
  }
}

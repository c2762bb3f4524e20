package vn.nq57.sync.run;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runs, their counts and the records parked in them. */
@Repository
class RunRepository {

  private static final Logger log = LoggerFactory.getLogger(RunRepository.class);

  private final JdbcClient jdbc;

  RunRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long start(TriggerKind trigger, ReportingPeriod period, String label, OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO sync_run (trigger_kind, period_type, period_id, state, source_label,
                                  started_at)
            VALUES (:trigger, :type, :period, 'RUNNING', :label, :now) RETURNING id
            """)
        .param("trigger", trigger.name())
        .param("type", period.type().name())
        .param("period", period.id())
        .param("label", label)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  void finish(long id, RunCounts counts, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE sync_run SET state = :state, pulled = :pulled, mapped = :mapped,
                unchanged = :unchanged, parked = :parked, finished_at = :now
            WHERE id = :id
            """)
        .param("state", counts.queued() > 0 ? RunState.QUEUED.name() : RunState.COMPLETED.name())
        .param("pulled", counts.pulled())
        .param("mapped", counts.mapped())
        .param("unchanged", counts.unchanged())
        .param("parked", counts.parked())
        .param("now", now)
        .param("id", id)
        .update();
  }

  void fail(long id, RunCounts counts, String error, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE sync_run SET state = 'FAILED', pulled = :pulled, mapped = :mapped,
                parked = :parked, error = :error, finished_at = :now
            WHERE id = :id
            """)
        .param("pulled", counts.pulled())
        .param("mapped", counts.mapped())
        .param("parked", counts.parked())
        .param("error", error)
        .param("now", now)
        .param("id", id)
        .update();
  }

  void park(long runId, ParkedRecord parked, OffsetDateTime now) {
    log.warn("Run {}: {} parked, {}: {}", runId, parked.location(), parked.code(), parked.reason());
    jdbc.sql(
            """
            INSERT INTO parked_record (run_id, source_id, record_key, location, reason_code,
                                       reason, parked_at)
            VALUES (:run, :source, :key, :location, :code, :reason, :now)
            """)
        .param("run", runId)
        .param("source", parked.sourceId())
        .param("key", parked.recordKey())
        .param("location", parked.location())
        .param("code", parked.code())
        .param("reason", parked.reason())
        .param("now", now)
        .update();
  }

  Optional<RunView> find(long id) {
    return jdbc.sql(RunView.SELECT + " WHERE r.id = :id" + RunView.GROUP)
        .param("id", id)
        .query(RunView::read)
        .optional();
  }

  List<RunView> recent(int limit) {
    return jdbc.sql(RunView.SELECT + RunView.GROUP + " ORDER BY r.id DESC LIMIT :limit")
        .param("limit", limit)
        .query(RunView::read)
        .list();
  }

  List<ParkedRecord> parked(long runId) {
    return jdbc.sql(
            """
            SELECT source_id, record_key, location, reason_code, reason FROM parked_record
            WHERE run_id = :run ORDER BY id
            """)
        .param("run", runId)
        .query(
            (rs, n) ->
                new ParkedRecord(
                    rs.getString("source_id"),
                    rs.getString("record_key"),
                    rs.getString("location"),
                    rs.getString("reason_code"),
                    rs.getString("reason")))
        .list();
  }
}

package vn.nq57.sync.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.submission.ReportKind;
import vn.nq57.sync.support.PermanentFailureException;

/** Runs, their counts and the records parked in them. */
@Repository
class RunRepository {

  private static final Logger log = LoggerFactory.getLogger(RunRepository.class);

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batchJdbc;

  RunRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc) {
    this.jdbc = jdbc;
    this.batchJdbc = batchJdbc;
  }

  long start(TriggerKind trigger, ReportingPeriod period, String label, OffsetDateTime now) {
    return start(ReportKind.TASK_REPORT, trigger, period, label, now);
  }

  long start(
      ReportKind kind,
      TriggerKind trigger,
      ReportingPeriod period,
      String label,
      OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO sync_run (kind, trigger_kind, period_type, period_id, state, source_label,
                                  started_at)
            VALUES (:kind, :trigger, :type, :period, 'RUNNING', :label, :now) RETURNING id
            """)
        .param("kind", kind.name())
        .param("trigger", trigger.name())
        .param("type", period.type().name())
        .param("period", period.id())
        .param("label", label)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  void finish(long id, RunCounts counts, OffsetDateTime now) {
    finish(id, counts, null, now);
  }

  /** Ends a run that did its work; sourceErrors names the sources that could not be read. */
  void finish(long id, RunCounts counts, String sourceErrors, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE sync_run SET state = :state, pulled = :pulled, mapped = :mapped,
                unchanged = :unchanged, parked = :parked, error = :error, finished_at = :now
            WHERE id = :id
            """)
        .param("error", sourceErrors)
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
    parkAll(runId, List.of(parked), now);
  }

  /** Parks several records in one JDBC batch. */
  void parkAll(long runId, List<ParkedRecord> batch, OffsetDateTime now) {
    if (batch.isEmpty()) {
      return;
    }
    SqlParameterSource[] rows = new SqlParameterSource[batch.size()];
    for (int i = 0; i < rows.length; i++) {
      ParkedRecord parked = batch.get(i);
      log.warn(
          "Run {}: {} parked, {}: {}", runId, parked.location(), parked.code(), parked.reason());
      rows[i] =
          new MapSqlParameterSource()
              .addValue("run", runId)
              .addValue("source", parked.sourceId())
              .addValue("key", parked.recordKey())
              .addValue("location", parked.location())
              .addValue("code", parked.code())
              .addValue("reason", parked.reason())
              .addValue("now", now);
    }
    batchJdbc.batchUpdate(
        """
        INSERT INTO parked_record (run_id, source_id, record_key, location, reason_code,
                                   reason, parked_at)
        VALUES (:run, :source, :key, :location, :code, :reason, :now)
        """,
        rows);
  }

  /** Shows how many rows a running run has read so far. */
  void progress(long id, int pulled) {
    jdbc.sql("UPDATE sync_run SET pulled = :pulled WHERE id = :id AND state = 'RUNNING'")
        .param("pulled", pulled)
        .param("id", id)
        .update();
  }

  /**
   * What became of one source in a run; a failure is recorded with its code (a permanent failure's
   * own, else SOURCE_UNAVAILABLE) and message.
   */
  void recordSource(
      long runId,
      ConfiguredSource source,
      SourceOutcome outcome,
      PullCounts counts,
      Exception failure,
      OffsetDateTime now) {
    String errorCode =
        failure == null
            ? null
            : failure instanceof PermanentFailureException p ? p.code() : "SOURCE_UNAVAILABLE";
    jdbc.sql(
            """
            INSERT INTO run_source (run_id, source_id, kind, outcome, pulled, parked, error_code,
                                    error, finished_at)
            VALUES (:run, :source, :kind, :outcome, :pulled, :parked, :code, :error, :now)
            """)
        .param("run", runId)
        .param("source", source.id())
        .param("kind", source.kind().name())
        .param("outcome", outcome.name())
        .param("pulled", counts.pulled())
        .param("parked", counts.parked())
        .param("code", errorCode)
        .param("error", failure == null ? null : failure.getMessage())
        .param("now", now)
        .update();
  }

  Optional<StoredRun> find(long id) {
    return jdbc.sql(StoredRun.SELECT + " WHERE id = :id")
        .param("id", id)
        .query(StoredRun::read)
        .optional();
  }

  List<StoredRun> recent(int limit) {
    return jdbc.sql(StoredRun.SELECT + " ORDER BY id DESC LIMIT :limit")
        .param("limit", limit)
        .query(StoredRun::read)
        .list();
  }

  private static final String FILTER =
      """
       WHERE (CAST(:state AS TEXT) IS NULL OR state = :state)
         AND (CAST(:periodType AS TEXT) IS NULL OR period_type = :periodType)
         AND (CAST(:periodId AS TEXT) IS NULL OR period_id = :periodId)
         AND (CAST(:source AS TEXT) IS NULL
              OR EXISTS (SELECT 1 FROM run_source s WHERE s.run_id = sync_run.id
                         AND s.source_id = :source))
         AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR started_at >= :from)
         AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR started_at < :to)
      """;

  List<StoredRun> find(RunFilter filter, int limit, long offset) {
    return bind(
            jdbc.sql(StoredRun.SELECT + FILTER + " ORDER BY id DESC LIMIT :limit OFFSET :offset"),
            filter)
        .param("limit", limit)
        .param("offset", offset)
        .query(StoredRun::read)
        .list();
  }

  long count(RunFilter filter) {
    return bind(jdbc.sql("SELECT count(*) FROM sync_run" + FILTER), filter)
        .query(Long.class)
        .single();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, RunFilter f) {
    return sql.param("state", f.state() == null ? null : f.state().name())
        .param("periodType", f.periodType() == null ? null : f.periodType().name())
        .param("periodId", f.periodId())
        .param("source", f.source())
        .param("from", startOf(f.from()))
        .param("to", f.to() == null ? null : startOf(f.to().plusDays(1)));
  }

  private static OffsetDateTime startOf(java.time.LocalDate day) {
    return day == null
        ? null
        : day.atStartOfDay(vn.nq57.sync.support.VietnamTime.ZONE).toOffsetDateTime();
  }

  List<StoredRun> inPeriods(ReportKind kind, PeriodType type, Collection<String> periodIds) {
    return jdbc.sql(
            StoredRun.SELECT
                + " WHERE kind = :kind AND period_type = :type AND period_id IN (:periods)")
        .param("kind", kind.name())
        .param("type", type.name())
        .param("periods", List.copyOf(periodIds))
        .query(StoredRun::read)
        .list();
  }

  List<RunSourceView> sources(long runId) {
    return jdbc.sql(
            """
            SELECT source_id, kind, outcome, pulled, parked, error_code, error FROM run_source
            WHERE run_id = :run ORDER BY id
            """)
        .param("run", runId)
        .query(
            (rs, n) ->
                new RunSourceView(
                    rs.getString("source_id"),
                    rs.getString("kind"),
                    SourceOutcome.valueOf(rs.getString("outcome")),
                    rs.getInt("pulled"),
                    rs.getInt("parked"),
                    rs.getString("error_code"),
                    rs.getString("error")))
        .list();
  }

  /**
   * The records parked now: per source, what the latest run that read or mapped the source parked
   * (a run in which the source FAILED changes nothing).
   */
  List<CurrentParked> currentlyParked() {
    return jdbc.sql(
            """
            SELECT p.run_id, p.source_id, p.record_key, p.location, p.reason_code, p.reason,
                   p.parked_at
            FROM parked_record p
            WHERE p.run_id = (SELECT max(rs.run_id) FROM run_source rs
                              WHERE rs.source_id = p.source_id
                                AND rs.outcome IN (:outcomes))
            ORDER BY p.source_id, p.id
            """)
        .param("outcomes", List.of(SourceOutcome.PULLED.name(), SourceOutcome.STORED.name()))
        .query(RunRepository::currentParked)
        .list();
  }

  private static CurrentParked currentParked(ResultSet rs, int n) throws SQLException {
    return new CurrentParked(
        rs.getLong("run_id"),
        rs.getObject("parked_at", OffsetDateTime.class),
        rs.getString("source_id"),
        rs.getString("record_key"),
        rs.getString("location"),
        rs.getString("reason_code"),
        rs.getString("reason"));
  }

  /** A parked record with the run that parked it. */
  record CurrentParked(
      long runId,
      OffsetDateTime parkedAt,
      String sourceId,
      String recordKey,
      String location,
      String code,
      String reason) {}

  /** The records a run parked, with the run and when. */
  List<CurrentParked> parkedIn(long runId) {
    return jdbc.sql(
            """
            SELECT run_id, source_id, record_key, location, reason_code, reason, parked_at
            FROM parked_record WHERE run_id = :run ORDER BY id
            """)
        .param("run", runId)
        .query(RunRepository::currentParked)
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

package vn.nq57.sync.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import vn.nq57.sync.submission.ReportKind;

/** A row of {@code sync_run}: a run with the counts it recorded itself. */
record StoredRun(
    long id,
    ReportKind kind,
    TriggerKind trigger,
    String periodType,
    String periodId,
    RunState state,
    String label,
    int pulled,
    int mapped,
    int unchanged,
    int parked,
    String error,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt) {

  static final String SELECT =
      """
      SELECT id, kind, trigger_kind, period_type, period_id, state, source_label, pulled, mapped,
             unchanged, parked, error, started_at, finished_at
      FROM sync_run
      """;

  static StoredRun read(ResultSet rs, int row) throws SQLException {
    return new StoredRun(
        rs.getLong("id"),
        ReportKind.valueOf(rs.getString("kind")),
        TriggerKind.valueOf(rs.getString("trigger_kind")),
        rs.getString("period_type"),
        rs.getString("period_id"),
        RunState.valueOf(rs.getString("state")),
        rs.getString("source_label"),
        rs.getInt("pulled"),
        rs.getInt("mapped"),
        rs.getInt("unchanged"),
        rs.getInt("parked"),
        rs.getString("error"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class));
  }

  /** The run did its work (QUEUED or COMPLETED), whatever became of what it queued. */
  boolean finished() {
    return state == RunState.QUEUED || state == RunState.COMPLETED;
  }
}

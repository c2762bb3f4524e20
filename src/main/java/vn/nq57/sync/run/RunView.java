package vn.nq57.sync.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A run as the operator sees it: what it pulled, mapped and parked, and what became of the items it
 * queued (sent, accepted, rejected, failed), and what became of each source. A queued run whose
 * submissions are all acknowledged or failed is shown COMPLETED. A source that could not be read
 * does not fail the run: it is listed FAILED in {@code sources} and named in {@code error}.
 */
public record RunView(
    long id,
    TriggerKind trigger,
    String periodType,
    String periodId,
    RunState state,
    String source,
    int pulled,
    int mapped,
    int unchanged,
    int parked,
    int queued,
    int sent,
    int accepted,
    int rejected,
    int failed,
    String error,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    List<RunSourceView> sources) {

  RunView withSources(List<RunSourceView> list) {
    return new RunView(
        id,
        trigger,
        periodType,
        periodId,
        state,
        source,
        pulled,
        mapped,
        unchanged,
        parked,
        queued,
        sent,
        accepted,
        rejected,
        failed,
        error,
        startedAt,
        finishedAt,
        List.copyOf(list));
  }

  static final String SELECT =
      """
      SELECT r.id, r.trigger_kind, r.period_type, r.period_id, r.state, r.source_label,
             r.pulled, r.mapped, r.unchanged, r.parked, r.error, r.started_at, r.finished_at,
             count(i.id) AS queued,
             count(i.id) FILTER (WHERE s.state IN ('SENT', 'COMPLETED')) AS sent,
             count(i.id) FILTER (WHERE i.state = 'ACCEPTED') AS accepted,
             count(i.id) FILTER (WHERE i.state = 'REJECTED') AS rejected,
             count(i.id) FILTER (WHERE i.state = 'FAILED') AS failed,
             count(s.id) FILTER (WHERE s.state IN ('PENDING', 'SENT')) AS open_items,
             max(s.updated_at) AS delivered_at
      FROM sync_run r
      LEFT JOIN submission s ON s.run_id = r.id
      LEFT JOIN submission_item i ON i.submission_id = s.id
      """;

  static final String GROUP = " GROUP BY r.id";

  static RunView read(ResultSet rs, int row) throws SQLException {
    RunState stored = RunState.valueOf(rs.getString("state"));
    boolean delivered = stored == RunState.QUEUED && rs.getInt("open_items") == 0;
    return new RunView(
        rs.getLong("id"),
        TriggerKind.valueOf(rs.getString("trigger_kind")),
        rs.getString("period_type"),
        rs.getString("period_id"),
        delivered ? RunState.COMPLETED : stored,
        rs.getString("source_label"),
        rs.getInt("pulled"),
        rs.getInt("mapped"),
        rs.getInt("unchanged"),
        rs.getInt("parked"),
        rs.getInt("queued"),
        rs.getInt("sent"),
        rs.getInt("accepted"),
        rs.getInt("rejected"),
        rs.getInt("failed"),
        rs.getString("error"),
        rs.getObject("started_at", OffsetDateTime.class),
        delivered
            ? rs.getObject("delivered_at", OffsetDateTime.class)
            : rs.getObject("finished_at", OffsetDateTime.class),
        List.of());
  }
}

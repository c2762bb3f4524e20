package vn.nq57.sync.submission;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskStatus;

/**
 * Synthetic tasks straight into the outbox, without a source file, mapping or crosswalk: a run, N
 * stored source records and a report per task whose content changes on demand.
 */
final class SyntheticOutbox {

  private SyntheticOutbox() {}

  /** Task {@code i}'s report; a changed one differs only in its progress. */
  static TaskReport report(int i, boolean changed) {
    return new TaskReport(
        "NQ57.T." + i,
        "T:" + i,
        null,
        TaskStatus.IN_PROGRESS,
        changed ? 60 : 50,
        null,
        "Thường xuyên",
        true,
        null,
        new TaskReport.Unit("51", "Sở Khoa học và Công nghệ"),
        "Đang thực hiện",
        null,
        null,
        List.of(),
        null);
  }

  /** A RUNNING manual run of the period type. */
  static long run(JdbcClient jdbc, String period) {
    return jdbc.sql(
            """
            INSERT INTO sync_run (trigger_kind, period_type, period_id, state, started_at)
            VALUES ('MANUAL', :period, 'p', 'RUNNING', now()) RETURNING id""")
        .param("period", period)
        .query(Long.class)
        .single();
  }

  /** The ids of {@code count} stored records of the source, keyed T:0 … T:count-1, in order. */
  static List<Long> sourceRecords(JdbcClient jdbc, String sourceId, int count) {
    return jdbc.sql(
            """
            INSERT INTO source_record (source_id, record_key, content_hash, payload, location,
                                       first_seen_at, changed_at, pulled_at)
            SELECT :source, 'T:' || n, 'h', '{}'::jsonb, 'row ' || n, now(), now(), now()
            FROM generate_series(0, :last) AS n ORDER BY n RETURNING id""")
        .param("source", sourceId)
        .param("last", count - 1)
        .query(Long.class)
        .list();
  }
}

package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the outbox: submissions, their items and each task's latest revision. */
@Repository
class OutboxRepository {

  private static final long OUTBOX_LOCK = 5_700_001L;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batchJdbc;

  OutboxRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc) {
    this.jdbc = jdbc;
    this.batchJdbc = batchJdbc;
  }

  /** The last queued revision and content hash of these tasks, read under the outbox lock. */
  Map<String, Reported> lockReported(List<String> localRefs) {
    // One outbox writer at a time across instances, so a new task cannot get revision 1 twice.
    jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", OUTBOX_LOCK).query().singleRow();
    Map<String, Reported> reported = new HashMap<>();
    jdbc.sql(
            "SELECT local_ref, revision, item_hash FROM reported_task"
                + " WHERE local_ref IN (:refs) ORDER BY local_ref FOR UPDATE")
        .param("refs", localRefs)
        .query(
            rs -> {
              reported.put(
                  rs.getString("local_ref"),
                  new Reported(rs.getInt("revision"), rs.getString("item_hash")));
            });
    return reported;
  }

  /** The item hash last queued per task, read without locks: a first sieve for DAY reports. */
  Map<String, String> reportedHashes(List<String> localRefs) {
    Map<String, String> hashes = new HashMap<>();
    jdbc.sql("SELECT local_ref, item_hash FROM reported_task WHERE local_ref IN (:refs)")
        .param("refs", localRefs)
        .query(
            rs -> {
              hashes.put(rs.getString("local_ref"), rs.getString("item_hash"));
            });
    return hashes;
  }

  long insertSubmission(
      OutboxWriter.Target target, String idempotencyKey, String body, OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO submission (run_id, kind, period_type, period_id, idempotency_key, body,
                                    state, next_attempt_at, created_at, updated_at)
            VALUES (:run, :kind, :type, :period, :key, :body, 'PENDING', :now, :now, :now)
            RETURNING id
            """)
        .param("run", target.runId())
        .param("kind", target.kind().name())
        .param("type", target.periodType())
        .param("period", target.periodId())
        .param("key", idempotencyKey)
        .param("body", body)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  /** A submission's items, in one JDBC batch, positions in list order. */
  void insertItems(long submissionId, List<Revised> items) {
    SqlParameterSource[] rows = new SqlParameterSource[items.size()];
    for (int i = 0; i < rows.length; i++) {
      Revised r = items.get(i);
      Outbound item = r.item();
      rows[i] =
          new MapSqlParameterSource()
              .addValue("submission", submissionId)
              .addValue("position", i)
              .addValue("record", item.sourceRecordId())
              .addValue("ref", item.localRef())
              .addValue("code", item.taskCode())
              .addValue("indicator", item.indicatorCode())
              .addValue("revision", r.revision())
              .addValue("hash", r.hash())
              .addValue("version", item.mappingVersionId());
    }
    batchJdbc.batchUpdate(
        """
        INSERT INTO submission_item (submission_id, position, source_record_id, local_ref,
                                     task_code, indicator_code, revision, item_hash, state,
                                     mapping_version_id)
        VALUES (:submission, :position, :record, :ref, :code, :indicator, :revision, :hash,
                'PENDING', :version)
        """,
        rows);
  }

  /**
   * Each task's latest revision and content hash, in one JDBC batch; of two items of one task the
   * later wins, as when written one by one. An indicator's row holds its indicator code where a
   * task's holds its task code.
   */
  void upsertReported(List<Revised> items, OffsetDateTime now) {
    Map<String, Revised> latest = new LinkedHashMap<>();
    items.forEach(r -> latest.put(r.item().localRef(), r));
    SqlParameterSource[] rows =
        latest.values().stream()
            .map(
                r ->
                    new MapSqlParameterSource()
                        .addValue("ref", r.item().localRef())
                        .addValue(
                            "code",
                            r.item().taskCode() != null
                                ? r.item().taskCode()
                                : r.item().indicatorCode())
                        .addValue("revision", r.revision())
                        .addValue("hash", r.hash())
                        .addValue("now", now))
            .toArray(SqlParameterSource[]::new);
    batchJdbc.batchUpdate(
        """
        INSERT INTO reported_task (local_ref, task_code, revision, item_hash, updated_at)
        VALUES (:ref, :code, :revision, :hash, :now)
        ON CONFLICT (local_ref) DO UPDATE SET task_code = EXCLUDED.task_code,
            revision = EXCLUDED.revision, item_hash = EXCLUDED.item_hash,
            updated_at = EXCLUDED.updated_at
        """,
        rows);
  }

  /** The tasks whose last content was forgotten: the next run maps and sends them again. */
  List<String> forgotten() {
    return jdbc.sql("SELECT local_ref FROM reported_task WHERE item_hash = 'STALE_REVISION'")
        .query(String.class)
        .list();
  }

  /** Makes the next run see the task as changed; its revision then goes up by one. */
  void forgetContent(String localRef) {
    jdbc.sql("UPDATE reported_task SET item_hash = 'STALE_REVISION' WHERE local_ref = :ref")
        .param("ref", localRef)
        .update();
  }

  /** A task's last queued revision and the hash of its content then. */
  record Reported(int revision, String itemHash) {}

  /** An item to write with the revision it is sent under and its content hash. */
  record Revised(Outbound item, int revision, String hash) {}
}

package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the outbox: submissions, their items and each task's latest revision. */
@Repository
class OutboxRepository {

  private static final long OUTBOX_LOCK = 5_700_001L;

  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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

  void insertItem(long submissionId, int position, Outbound item, int revision, String hash) {
    jdbc.sql(
            """
            INSERT INTO submission_item (submission_id, position, source_record_id, local_ref,
                                         task_code, indicator_code, revision, item_hash, state,
                                         mapping_version_id)
            VALUES (:submission, :position, :record, :ref, :code, :indicator, :revision, :hash,
                    'PENDING', :version)
            """)
        .param("submission", submissionId)
        .param("position", position)
        .param("record", item.sourceRecordId())
        .param("ref", item.localRef())
        .param("code", item.taskCode())
        .param("indicator", item.indicatorCode())
        .param("revision", revision)
        .param("hash", hash)
        .param("version", item.mappingVersionId())
        .update();
  }

  /** An indicator's row holds its indicator code where a task's holds its task code. */
  void upsertReported(Outbound item, int revision, String hash, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO reported_task (local_ref, task_code, revision, item_hash, updated_at)
            VALUES (:ref, :code, :revision, :hash, :now)
            ON CONFLICT (local_ref) DO UPDATE SET task_code = EXCLUDED.task_code,
                revision = EXCLUDED.revision, item_hash = EXCLUDED.item_hash,
                updated_at = EXCLUDED.updated_at
            """)
        .param("ref", item.localRef())
        .param("code", item.taskCode() != null ? item.taskCode() : item.indicatorCode())
        .param("revision", revision)
        .param("hash", hash)
        .param("now", now)
        .update();
  }

  /** Makes the next run see the task as changed; its revision then goes up by one. */
  void forgetContent(String localRef) {
    jdbc.sql("UPDATE reported_task SET item_hash = 'STALE_REVISION' WHERE local_ref = :ref")
        .param("ref", localRef)
        .update();
  }

  /** A task's last queued revision and the hash of its content then. */
  record Reported(int revision, String itemHash) {}
}

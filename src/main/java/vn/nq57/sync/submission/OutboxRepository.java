package vn.nq57.sync.submission;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    batchJdbc
        .getJdbcTemplate()
        .query(
            "SELECT local_ref, revision, item_hash FROM reported_task"
                + " WHERE local_ref = ANY (CAST(? AS TEXT[])) ORDER BY local_ref FOR UPDATE",
            ps -> ps.setArray(1, texts(ps, localRefs)),
            (ResultSet rs) -> {
              reported.put(
                  rs.getString("local_ref"),
                  new Reported(rs.getInt("revision"), rs.getString("item_hash")));
            });
    return reported;
  }

  /** The item hash last queued per task, read without locks: a first sieve for DAY reports. */
  Map<String, String> reportedHashes(List<String> localRefs) {
    Map<String, String> hashes = new HashMap<>();
    batchJdbc
        .getJdbcTemplate()
        .query(
            "SELECT local_ref, item_hash FROM reported_task WHERE local_ref = ANY (CAST(? AS TEXT[]))",
            ps -> ps.setArray(1, texts(ps, localRefs)),
            (ResultSet rs) -> {
              hashes.put(rs.getString("local_ref"), rs.getString("item_hash"));
            });
    return hashes;
  }

  /**
   * Several submissions of one target in one statement, in the order given (their ids grow in that
   * order); answers their ids in that order.
   */
  List<Long> insertSubmissions(
      OutboxWriter.Target target,
      List<String> idempotencyKeys,
      List<String> bodies,
      OffsetDateTime now) {
    Map<String, Long> ids = new HashMap<>();
    batchJdbc
        .getJdbcTemplate()
        .query(
            """
            INSERT INTO submission (run_id, kind, period_type, period_id, idempotency_key, body,
                                    state, next_attempt_at, created_at, updated_at)
            SELECT ?, ?, ?, ?, s.key, s.body, 'PENDING', ?, ?, ?
            FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[])) WITH ORDINALITY AS s(key, body, n)
            ORDER BY s.n
            RETURNING id, idempotency_key
            """,
            ps -> {
              ps.setLong(1, target.runId());
              ps.setString(2, target.kind().name());
              ps.setString(3, target.periodType());
              ps.setString(4, target.periodId());
              ps.setObject(5, now);
              ps.setObject(6, now);
              ps.setObject(7, now);
              ps.setArray(8, texts(ps, idempotencyKeys));
              ps.setArray(9, texts(ps, bodies));
            },
            (ResultSet rs) -> {
              while (rs.next()) {
                ids.put(rs.getString("idempotency_key"), rs.getLong("id"));
              }
              return null;
            });
    return idempotencyKeys.stream().map(ids::get).toList();
  }

  /** Submissions' items in one statement, each at its position in its submission. */
  void insertItems(List<Item> items) {
    if (items.isEmpty()) {
      return;
    }
    int n = items.size();
    Long[] submissions = new Long[n];
    Integer[] positions = new Integer[n];
    Long[] records = new Long[n];
    String[] refs = new String[n];
    String[] codes = new String[n];
    String[] indicators = new String[n];
    Integer[] revisions = new Integer[n];
    String[] hashes = new String[n];
    Long[] versions = new Long[n];
    for (int i = 0; i < n; i++) {
      Item item = items.get(i);
      Outbound outbound = item.revised().item();
      submissions[i] = item.submissionId();
      positions[i] = item.position();
      records[i] = outbound.sourceRecordId();
      refs[i] = outbound.localRef();
      codes[i] = outbound.taskCode();
      indicators[i] = outbound.indicatorCode();
      revisions[i] = item.revised().revision();
      hashes[i] = item.revised().hash();
      versions[i] = outbound.mappingVersionId();
    }
    batchJdbc
        .getJdbcTemplate()
        .update(
            """
            INSERT INTO submission_item (submission_id, position, source_record_id, local_ref,
                                         task_code, indicator_code, revision, item_hash, state,
                                         mapping_version_id)
            SELECT i.submission, i.position, i.record, i.ref, i.code, i.indicator, i.revision,
                   i.hash, 'PENDING', i.version
            FROM unnest(CAST(? AS BIGINT[]), CAST(? AS INTEGER[]), CAST(? AS BIGINT[]),
                        CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]),
                        CAST(? AS INTEGER[]), CAST(? AS TEXT[]), CAST(? AS BIGINT[]))
                 AS i(submission, position, record, ref, code, indicator, revision, hash, version)
            """,
            ps -> {
              ps.setArray(1, ps.getConnection().createArrayOf("bigint", submissions));
              ps.setArray(2, ps.getConnection().createArrayOf("integer", positions));
              ps.setArray(3, ps.getConnection().createArrayOf("bigint", records));
              ps.setArray(4, ps.getConnection().createArrayOf("text", refs));
              ps.setArray(5, ps.getConnection().createArrayOf("text", codes));
              ps.setArray(6, ps.getConnection().createArrayOf("text", indicators));
              ps.setArray(7, ps.getConnection().createArrayOf("integer", revisions));
              ps.setArray(8, ps.getConnection().createArrayOf("text", hashes));
              ps.setArray(9, ps.getConnection().createArrayOf("bigint", versions));
            });
  }

  /**
   * Each task's latest revision and content hash, in one statement; of two items of one task the
   * later wins, as when written one by one. An indicator's row holds its indicator code where a
   * task's holds its task code.
   */
  void upsertReported(List<Revised> items, OffsetDateTime now) {
    Map<String, Revised> latest = new LinkedHashMap<>();
    items.forEach(r -> latest.put(r.item().localRef(), r));
    List<Revised> rows = List.copyOf(latest.values());
    String[] refs = rows.stream().map(r -> r.item().localRef()).toArray(String[]::new);
    String[] codes =
        rows.stream()
            .map(r -> r.item().taskCode() != null ? r.item().taskCode() : r.item().indicatorCode())
            .toArray(String[]::new);
    Integer[] revisions = rows.stream().map(Revised::revision).toArray(Integer[]::new);
    String[] hashes = rows.stream().map(Revised::hash).toArray(String[]::new);
    batchJdbc
        .getJdbcTemplate()
        .update(
            """
            INSERT INTO reported_task (local_ref, task_code, revision, item_hash, updated_at)
            SELECT r.ref, r.code, r.revision, r.hash, ?
            FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS INTEGER[]),
                        CAST(? AS TEXT[])) AS r(ref, code, revision, hash)
            ON CONFLICT (local_ref) DO UPDATE SET task_code = EXCLUDED.task_code,
                revision = EXCLUDED.revision, item_hash = EXCLUDED.item_hash,
                updated_at = EXCLUDED.updated_at
            """,
            ps -> {
              ps.setObject(1, now);
              ps.setArray(2, ps.getConnection().createArrayOf("text", refs));
              ps.setArray(3, ps.getConnection().createArrayOf("text", codes));
              ps.setArray(4, ps.getConnection().createArrayOf("integer", revisions));
              ps.setArray(5, ps.getConnection().createArrayOf("text", hashes));
            });
  }

  private static Array texts(PreparedStatement ps, List<String> values) throws SQLException {
    return ps.getConnection().createArrayOf("text", values.toArray(String[]::new));
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

  /** An item at its position in its submission. */
  record Item(long submissionId, int position, Revised revised) {}
}

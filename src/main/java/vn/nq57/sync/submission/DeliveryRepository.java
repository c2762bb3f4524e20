package vn.nq57.sync.submission;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims due submissions and records what sending them did. */
@Repository
class DeliveryRepository {

  private final JdbcClient jdbc;

  DeliveryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The oldest due PENDING submission, row-locked so no other worker or instance sends it
   * meanwhile. A submission waits while an older PENDING one of the same kind holds an item of one
   * of its tasks (sending or waiting to be retried): a task's revisions go out in order whatever
   * the number of workers. Candidates are taken in order from an index and checked one by one (a
   * sub-select, not a join over every pending item), so a claim costs about the same with 1,000
   * submissions pending as with one.
   */
  Optional<Claimed> claimDue(OffsetDateTime now, Duration giveUpAfter) {
    return jdbc.sql(
            """
            SELECT s.id, s.kind, s.idempotency_key, s.body, s.attempts, s.key_rotations,
                   COALESCE(s.give_up_at, s.created_at + CAST(:giveUp AS INTERVAL)) AS give_up_at
            FROM submission s
            WHERE s.state = 'PENDING' AND s.next_attempt_at <= :now
              AND (SELECT NOT EXISTS (%s) AND NOT EXISTS (%s)
                   FROM (SELECT min(id) AS oldest FROM submission WHERE state = 'PENDING') o)
            ORDER BY s.next_attempt_at, s.id
            LIMIT 1 FOR UPDATE OF s SKIP LOCKED
            """
                .formatted(olderHolding("task_code"), olderHolding("indicator_code")))
        .param("now", now)
        .param("giveUp", giveUpAfter.toSeconds() + " seconds")
        .query(
            (rs, n) ->
                new Claimed(
                    rs.getLong("id"),
                    ReportKind.valueOf(rs.getString("kind")),
                    rs.getString("idempotency_key"),
                    rs.getString("body"),
                    rs.getInt("attempts"),
                    rs.getInt("key_rotations"),
                    rs.getObject("give_up_at", OffsetDateTime.class)))
        .optional();
  }

  /**
   * An item of an older PENDING submission (from the oldest, o) of the same kind with the same task
   * or indicator code (the column) as an item of submission s.
   */
  private static String olderHolding(String code) {
    return """
        SELECT 1
        FROM submission_item mine
        JOIN submission_item earlier
          ON earlier.%1$s = mine.%1$s
         AND earlier.submission_id < s.id AND earlier.submission_id >= o.oldest
        JOIN submission older
          ON older.id = earlier.submission_id AND older.state = 'PENDING' AND older.kind = s.kind
        WHERE mine.submission_id = s.id AND mine.%1$s IS NOT NULL"""
        .formatted(code);
  }

  void markSent(
      long id, String nationalId, int attempts, OffsetDateTime now, OffsetDateTime firstPoll) {
    jdbc.sql(
            """
            UPDATE submission SET state = 'SENT', national_submission_id = :national,
                attempts = :attempts, last_http_status = 202, last_error = NULL,
                sent_at = :now, next_attempt_at = :firstPoll, updated_at = :now
            WHERE id = :id
            """)
        .param("firstPoll", firstPoll)
        .param("national", nationalId)
        .param("attempts", attempts)
        .param("now", now)
        .param("id", id)
        .update();
  }

  void markRetry(long id, int attempts, String error, OffsetDateTime next, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE submission SET attempts = :attempts, last_error = :error,
                next_attempt_at = :next, updated_at = :now
            WHERE id = :id
            """)
        .param("attempts", attempts)
        .param("error", error)
        .param("next", next)
        .param("now", now)
        .param("id", id)
        .update();
  }

  void markFailed(long id, int attempts, String error, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE submission SET state = 'FAILED', attempts = :attempts, last_error = :error,
                updated_at = :now
            WHERE id = :id
            """)
        .param("attempts", attempts)
        .param("error", error)
        .param("now", now)
        .param("id", id)
        .update();
    jdbc.sql("UPDATE submission_item SET state = 'FAILED' WHERE submission_id = :id")
        .param("id", id)
        .update();
  }

  void rotateKey(long id, String key, int attempts, String error, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE submission SET idempotency_key = :key, key_rotations = key_rotations + 1,
                attempts = :attempts, last_error = :error, next_attempt_at = :now, updated_at = :now
            WHERE id = :id
            """)
        .param("key", key)
        .param("attempts", attempts)
        .param("error", error)
        .param("now", now)
        .param("id", id)
        .update();
  }

  /**
   * Waiting for the national side (429, 503, Retry-After): the next attempt is due later, the
   * attempt count stays, and the error says why and until when.
   */
  void markWaiting(long id, String reason, OffsetDateTime next, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE submission SET last_error = :reason, next_attempt_at = :next, updated_at = :now
            WHERE id = :id
            """)
        .param("reason", reason)
        .param("next", next)
        .param("now", now)
        .param("id", id)
        .update();
  }

  /** A submission claimed for sending: its stored key and body go out unchanged. */
  record Claimed(
      long id,
      ReportKind kind,
      String idempotencyKey,
      String body,
      int attempts,
      int keyRotations,
      OffsetDateTime giveUpAt) {}
}

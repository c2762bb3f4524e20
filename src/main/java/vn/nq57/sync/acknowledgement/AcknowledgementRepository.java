package vn.nq57.sync.acknowledgement;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims sent submissions that are due for a poll and records their acknowledgement. */
@Repository
class AcknowledgementRepository {

  private final JdbcClient jdbc;

  AcknowledgementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Sent> claimDue(OffsetDateTime now) {
    return jdbc.sql(
            """
            SELECT id, national_submission_id, sent_at FROM submission
            WHERE state = 'SENT' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            LIMIT 1 FOR UPDATE SKIP LOCKED
            """)
        .param("now", now)
        .query(
            (rs, n) ->
                new Sent(
                    rs.getLong("id"),
                    rs.getString("national_submission_id"),
                    rs.getObject("sent_at", OffsetDateTime.class)))
        .optional();
  }

  /** Records one item's judgement; matched by the task and revision it was sent with. */
  int recordItem(
      long submissionId,
      String localRef,
      String taskCode,
      String state,
      String receiptNo,
      String errorsJson,
      OffsetDateTime now) {
    return jdbc.sql(
            """
            UPDATE submission_item SET state = :state, receipt_no = :receipt,
                errors = CAST(:errors AS jsonb), acknowledged_at = :now
            WHERE submission_id = :submission AND state = 'PENDING'
              AND (local_ref = :ref OR (CAST(:ref AS TEXT) IS NULL AND task_code = :code))
            """)
        .param("state", state)
        .param("receipt", receiptNo)
        .param("errors", errorsJson)
        .param("now", now)
        .param("submission", submissionId)
        .param("ref", localRef)
        .param("code", taskCode)
        .update();
  }

  void complete(long id, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE submission SET state = 'COMPLETED', completed_at = :now, updated_at = :now
            WHERE id = :id
            """)
        .param("now", now)
        .param("id", id)
        .update();
  }

  void pollLater(long id, OffsetDateTime next, String note, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE submission SET next_attempt_at = :next, last_error = :note, updated_at = :now
            WHERE id = :id
            """)
        .param("next", next)
        .param("note", note)
        .param("now", now)
        .param("id", id)
        .update();
  }

  /** The national system lost the submission: send it again, same key and body. */
  void resend(long id, String note, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE submission SET state = 'PENDING', national_submission_id = NULL,
                last_error = :note, next_attempt_at = :now, updated_at = :now
            WHERE id = :id
            """)
        .param("note", note)
        .param("now", now)
        .param("id", id)
        .update();
  }

  /** A sent submission awaiting its acknowledgement. */
  record Sent(long id, String nationalId, OffsetDateTime sentAt) {}
}

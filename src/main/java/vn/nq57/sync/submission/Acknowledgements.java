package vn.nq57.sync.submission;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The entry point through which acknowledgements are recorded: claims a sent submission that is due
 * for a poll (row-locked until the caller's transaction ends) and records the national judgement of
 * its items, or when to poll it again. The outbox tables are written here and nowhere else outside
 * this package.
 */
@Component
public class Acknowledgements {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batchJdbc;

  Acknowledgements(JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc) {
    this.jdbc = jdbc;
    this.batchJdbc = batchJdbc;
  }

  /** The sent submission due longest, locked; empty when none is due. */
  public Optional<Sent> claimDue(OffsetDateTime now) {
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

  /**
   * Records the items' judgements in one JDBC batch, in order; each is matched to a PENDING item of
   * the submission by its localRef (or, without one, its task code or the code of an indicator).
   */
  public void recordItems(long submissionId, List<Judgement> judgements, OffsetDateTime now) {
    SqlParameterSource[] rows =
        judgements.stream()
            .map(
                j ->
                    new MapSqlParameterSource()
                        .addValue("state", j.state().name())
                        .addValue("receipt", j.receiptNo())
                        .addValue("errors", j.errorsJson())
                        .addValue("now", now)
                        .addValue("submission", submissionId)
                        .addValue("ref", j.localRef(), Types.VARCHAR)
                        .addValue("code", j.taskCode())
                        .addValue("indicator", j.indicatorCode()))
            .toArray(SqlParameterSource[]::new);
    batchJdbc.batchUpdate(
        """
        UPDATE submission_item SET state = :state, receipt_no = :receipt,
            errors = CAST(:errors AS jsonb), acknowledged_at = :now
        WHERE submission_id = :submission AND state = 'PENDING'
          AND (local_ref = :ref OR (CAST(:ref AS TEXT) IS NULL
               AND (task_code = :code OR indicator_code = :indicator)))
        """,
        rows);
  }

  /** The national judgement of one item, as sent back in an acknowledgement. */
  public record Judgement(
      String localRef,
      String taskCode,
      String indicatorCode,
      ItemState state,
      String receiptNo,
      String errorsJson) {}

  /** Every item is judged: the submission is COMPLETED. */
  public void complete(long id, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE submission SET state = 'COMPLETED', completed_at = :now, updated_at = :now,
                last_error = NULL
            WHERE id = :id
            """)
        .param("now", now)
        .param("id", id)
        .update();
  }

  /** Not judged yet (or the poll failed): poll again at {@code next}, noting why. */
  public void pollLater(long id, OffsetDateTime next, String note, OffsetDateTime now) {
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
  public void resend(long id, String note, OffsetDateTime now) {
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
  public record Sent(long id, String nationalId, OffsetDateTime sentAt) {}
}

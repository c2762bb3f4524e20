package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every attempt and replay of every submission, in order: what happened, when, and by whom. */
@Repository
public class AttemptHistory {

  private final JdbcClient jdbc;

  AttemptHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(long submissionId, Entry entry) {
    jdbc.sql(
            """
            INSERT INTO submission_attempt
                (submission_id, at, outcome, http_status, national_code, message, next_at, by_whom)
            VALUES (:id, :at, :outcome, :status, :code, :message, :next, :by)""")
        .param("id", submissionId)
        .param("at", entry.at())
        .param("outcome", entry.outcome().name())
        .param("status", entry.httpStatus())
        .param("code", entry.nationalCode())
        .param("message", entry.message())
        .param("next", entry.nextAt())
        .param("by", entry.by())
        .update();
  }

  List<Entry> of(long submissionId) {
    return jdbc.sql("SELECT * FROM submission_attempt WHERE submission_id = :id ORDER BY id")
        .param("id", submissionId)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getObject("at", OffsetDateTime.class),
                    Outcome.valueOf(rs.getString("outcome")),
                    rs.getObject("http_status", Integer.class),
                    rs.getString("national_code"),
                    rs.getString("message"),
                    rs.getObject("next_at", OffsetDateTime.class),
                    rs.getString("by_whom")))
        .list();
  }

  /** What one attempt (or replay) came to. */
  public enum Outcome {
    SENT,
    RETRY,
    WAITED,
    FAILED,
    KEY_ROTATED,
    REPLAYED
  }

  /**
   * One line of a submission's history.
   *
   * @param at when
   * @param outcome what came of it
   * @param httpStatus the national answer's status, if there was an answer
   * @param nationalCode the national error code, if any
   * @param message what happened, for people
   * @param nextAt when the next attempt is due, after RETRY, WAITED, KEY_ROTATED or REPLAYED
   * @param by who replayed it (REPLAYED only)
   */
  public record Entry(
      OffsetDateTime at,
      Outcome outcome,
      Integer httpStatus,
      String nationalCode,
      String message,
      OffsetDateTime nextAt,
      String by) {

    static Entry of(Outcome outcome, OffsetDateTime at, String message, OffsetDateTime nextAt) {
      return new Entry(at, outcome, null, null, message, nextAt, null);
    }

    Entry withAnswer(Integer status, String code) {
      return new Entry(at, outcome, status, code, message, nextAt, by);
    }

    Entry by(String who) {
      return new Entry(at, outcome, httpStatus, nationalCode, message, nextAt, who);
    }
  }
}

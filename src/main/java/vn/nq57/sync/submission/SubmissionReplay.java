package vn.nq57.sync.submission;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.nq57.sync.support.VietnamTime;

/**
 * Puts FAILED submissions back into the outbox, unchanged: same Idempotency-Key, same body, so a
 * replay can never make the national system store a report twice.
 */
@Component
public class SubmissionReplay {

  private static final Logger log = LoggerFactory.getLogger(SubmissionReplay.class);

  private final JdbcClient jdbc;
  private final AttemptHistory history;
  private final DeliveryProperties properties;
  private final Clock clock;

  SubmissionReplay(
      JdbcClient jdbc, AttemptHistory history, DeliveryProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.history = history;
    this.properties = properties;
    this.clock = clock;
  }

  /** Replays the failed submissions the options select; returns the ids put back. */
  @Transactional
  public List<Long> resubmit(ReplayOptions options, String by) {
    OffsetDateTime now = VietnamTime.now(clock);
    List<Long> ids =
        jdbc.sql(
                """
                UPDATE submission SET state = 'PENDING', next_attempt_at = :now,
                    give_up_at = :giveUpAt, last_error = NULL, updated_at = :now
                WHERE state = 'FAILED'
                  AND (:all OR id IN (:ids))
                  AND (CAST(:run AS BIGINT) IS NULL OR run_id = :run)
                RETURNING id
                """)
            .param("now", now)
            .param("giveUpAt", now.plus(properties.giveUpAfter()))
            .param("all", options.allFailed())
            .param(
                "ids", options.submissionIds().isEmpty() ? List.of(-1L) : options.submissionIds())
            .param("run", options.runId())
            .query(Long.class)
            .list();
    if (!ids.isEmpty()) {
      jdbc.sql(
              "UPDATE submission_item SET state = 'PENDING' WHERE submission_id IN (:ids)"
                  + " AND state = 'FAILED'")
          .param("ids", ids)
          .update();
      String why = options.reason() == null || options.reason().isBlank() ? null : options.reason();
      ids.forEach(
          id ->
              history.record(
                  id,
                  AttemptHistory.Entry.of(
                          AttemptHistory.Outcome.REPLAYED,
                          now,
                          why == null ? "replayed (same key, same body)" : why,
                          now)
                      .by(by)));
      log.info("{} replayed failed submissions {}{}", by, ids, why == null ? "" : ": " + why);
    }
    return ids;
  }

  /**
   * Which failed submissions to replay: the listed ids (at most 1,000 at a time), or every failed
   * one (of one run, when runId is given), and why (kept in each submission's history).
   */
  public record ReplayOptions(
      @Size(max = 1000) List<@NotNull @Positive Long> submissionIds,
      boolean allFailed,
      @Positive Long runId,
      @Size(max = 500) String reason) {

    public ReplayOptions {
      submissionIds = submissionIds == null ? List.of() : List.copyOf(submissionIds);
    }
  }
}

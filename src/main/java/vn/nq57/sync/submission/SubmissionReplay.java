package vn.nq57.sync.submission;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.nq57.sync.access.Audit;
import vn.nq57.sync.access.AuditAction;
import vn.nq57.sync.support.RefuseUnknownFields;
import vn.nq57.sync.support.VietnamTime;

/**
 * Puts FAILED submissions back into the outbox. A resend is unchanged: same Idempotency-Key, same
 * body, so the national system can never store a report twice. A submission whose tasks a replay
 * re-mapped into new submissions is SUPERSEDED. Every replay is in the submission's history and in
 * the audit log, with who and why.
 */
@Component
public class SubmissionReplay {

  private static final Logger log = LoggerFactory.getLogger(SubmissionReplay.class);

  private final JdbcClient jdbc;
  private final AttemptHistory history;
  private final ReplayReads reads;
  private final Audit audit;
  private final DeliveryProperties properties;
  private final Clock clock;

  SubmissionReplay(
      JdbcClient jdbc,
      AttemptHistory history,
      ReplayReads reads,
      Audit audit,
      DeliveryProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.history = history;
    this.reads = reads;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /** The submission as a replay sees it, if it exists. */
  public Optional<ReplayCandidate> candidate(long submissionId) {
    return reads.candidate(submissionId);
  }

  /**
   * Why each of these submissions cannot be replayed (unknown, not FAILED, superseded; for a resend
   * also: a task has a newer revision); the ones not listed can be.
   */
  public List<ReplayRefusal> refusals(Collection<Long> submissionIds, boolean resend) {
    return reads.refusals(submissionIds, resend);
  }

  /**
   * Re-queues one FAILED submission with its key and body and a new give-up time; false when it is
   * not FAILED (any more).
   */
  @Transactional
  public boolean resend(long submissionId, String by, String why) {
    OffsetDateTime now = VietnamTime.now(clock);
    List<Long> ids = requeue(List.of(submissionId), now);
    ids.forEach(id -> replayed(id, by, why, "same key, same body", now));
    return !ids.isEmpty();
  }

  /** How many of these submissions are still waiting in the outbox to be sent (PENDING). */
  public int pending(Collection<Long> submissionIds) {
    if (submissionIds.isEmpty()) {
      return 0;
    }
    return jdbc.sql("SELECT count(*) FROM submission WHERE state = 'PENDING' AND id IN (:ids)")
        .param("ids", List.copyOf(submissionIds))
        .query(Integer.class)
        .single();
  }

  /** Marks a FAILED submission SUPERSEDED by the submissions a re-mapping queued for its tasks. */
  @Transactional
  public void supersede(long submissionId, List<Long> by, String who, String why) {
    OffsetDateTime now = VietnamTime.now(clock);
    String into = by.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("none");
    jdbc.sql(
            "UPDATE submission SET state = 'SUPERSEDED', superseded_by = :into, updated_at = :now"
                + " WHERE id = :id AND state = 'FAILED'")
        .param("into", into)
        .param("now", now)
        .param("id", submissionId)
        .update();
    replayed(submissionId, who, why, "re-mapped into submission(s) " + into, now);
  }

  /** Replays the failed submissions the options select, as they are; returns the ids put back. */
  @Transactional
  public List<Long> resubmit(ReplayOptions options, String by) {
    OffsetDateTime now = VietnamTime.now(clock);
    List<Long> ids =
        jdbc.sql(
                """
                SELECT id FROM submission WHERE state = 'FAILED'
                  AND (:all OR id IN (:ids))
                  AND (CAST(:run AS BIGINT) IS NULL OR run_id = :run)
                ORDER BY id
                """)
            .param("all", options.allFailed())
            .param(
                "ids", options.submissionIds().isEmpty() ? List.of(-1L) : options.submissionIds())
            .param("run", options.runId())
            .query(Long.class)
            .list();
    List<Long> requeued = requeue(ids, now);
    requeued.forEach(id -> replayed(id, by, options.reason(), "same key, same body", now));
    return requeued;
  }

  private List<Long> requeue(List<Long> ids, OffsetDateTime now) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> requeued =
        jdbc.sql(
                """
                UPDATE submission SET state = 'PENDING', next_attempt_at = :now,
                    give_up_at = :giveUpAt, last_error = NULL, updated_at = :now
                WHERE state = 'FAILED' AND id IN (:ids)
                RETURNING id
                """)
            .param("now", now)
            .param("giveUpAt", now.plus(properties.giveUpAfter()))
            .param("ids", ids)
            .query(Long.class)
            .list();
    if (!requeued.isEmpty()) {
      jdbc.sql(
              "UPDATE submission_item SET state = 'PENDING' WHERE submission_id IN (:ids)"
                  + " AND state = 'FAILED'")
          .param("ids", requeued)
          .update();
    }
    return requeued;
  }

  private void replayed(long id, String by, String why, String what, OffsetDateTime now) {
    String reason = why == null || why.isBlank() ? "replayed (" + what + ")" : why;
    history.record(
        id,
        AttemptHistory.Entry.of(
                AttemptHistory.Outcome.REPLAYED, now, reason + " [" + what + "]", now)
            .by(by));
    audit.record(by, AuditAction.SUBMISSION_REPLAYED, "submission " + id, what + ": " + reason);
    log.info("{} replayed submission {} ({}): {}", by, id, what, reason);
  }

  /**
   * Which failed submissions to replay: the listed ids (at most 1,000 at a time), or every failed
   * one (of one run, when runId is given), and why (kept in each submission's history). Unknown
   * fields are refused; for dry runs, re-mapping and jobs see {@code POST /api/replays}.
   */
  @RefuseUnknownFields
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

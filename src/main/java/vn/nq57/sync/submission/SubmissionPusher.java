package vn.nq57.sync.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq57.sync.national.NationalApiClient;
import vn.nq57.sync.national.SubmissionAccepted;
import vn.nq57.sync.support.PermanentFailureException;
import vn.nq57.sync.support.TransientFailureException;
import vn.nq57.sync.support.VietnamTime;

/**
 * Sends due submissions from the outbox. A transient failure (the outcome may be unknown) is
 * retried later with the same Idempotency-Key and body; a permanent one fails the submission for a
 * person to look at.
 */
@Component
public class SubmissionPusher {

  private static final Logger log = LoggerFactory.getLogger(SubmissionPusher.class);

  private final DeliveryRepository repository;
  private final DeliveryControl control;
  private final NationalApiClient national;
  private final TransactionTemplate transactions;
  private final DeliveryProperties properties;
  private final Clock clock;

  SubmissionPusher(
      DeliveryRepository repository,
      DeliveryControl control,
      NationalApiClient national,
      TransactionTemplate transactions,
      DeliveryProperties properties,
      Clock clock) {
    this.repository = repository;
    this.control = control;
    this.national = national;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  /** Sends every due submission, one at a time, unless paused; returns how many were attempted. */
  public int pushDue() {
    if (control.isPaused()) {
      return 0;
    }
    int attempted = 0;
    try {
      while (Boolean.TRUE.equals(transactions.execute(status -> pushOne()))) {
        attempted++;
      }
    } catch (RuntimeException e) {
      // The claim rolled back (e.g. the database connection was lost): the submission stays
      // PENDING and the next sweep sends it again with the same key. A caller such as the inbox
      // route must not fail because of it.
      log.error("Sending stopped for this sweep, will retry: {}", e.getMessage());
    }
    return attempted;
  }

  private boolean pushOne() {
    return repository
        .claimDue(VietnamTime.now(clock))
        .map(
            claimed -> {
              send(claimed);
              return true;
            })
        .orElse(false);
  }

  private void send(DeliveryRepository.Claimed claimed) {
    int attempts = claimed.attempts() + 1;
    MDC.put("submissionId", Long.toString(claimed.id())); // in every log line of this attempt
    try {
      SubmissionAccepted accepted =
          national.postTaskReports(claimed.idempotencyKey(), claimed.body());
      repository.markSent(claimed.id(), accepted.submissionId(), attempts, VietnamTime.now(clock));
      log.info(
          "Submission {} sent as national {}{}",
          claimed.id(),
          accepted.submissionId(),
          accepted.replayed() ? " (replayed answer)" : "");
    } catch (TransientFailureException e) {
      retryOrFail(claimed.id(), attempts, e);
    } catch (PermanentFailureException e) {
      permanent(claimed, attempts, e);
    } finally {
      MDC.remove("submissionId");
    }
  }

  private void permanent(
      DeliveryRepository.Claimed claimed, int attempts, PermanentFailureException e) {
    OffsetDateTime now = VietnamTime.now(clock);
    // The key was seen with another body, so this body was never processed: a new key is safe.
    if ("IDEMPOTENCY_KEY_REUSED".equals(e.code()) && claimed.keyRotations() == 0) {
      String key = "nq57s-r" + UUID.randomUUID().toString().replace("-", "");
      repository.rotateKey(claimed.id(), key, attempts, e.getMessage(), now);
      log.warn(
          "Submission {} key was used for another body; resending under {}", claimed.id(), key);
      return;
    }
    repository.markFailed(claimed.id(), attempts, e.getMessage(), now);
    log.warn("Submission {} failed permanently: {}", claimed.id(), e.getMessage());
  }

  private void retryOrFail(long id, int attempts, TransientFailureException e) {
    OffsetDateTime now = VietnamTime.now(clock);
    if (attempts >= properties.maxAttempts()) {
      repository.markFailed(
          id, attempts, "gave up after " + attempts + " attempts: " + e.getMessage(), now);
      log.warn("Submission {} failed after {} attempts: {}", id, attempts, e.getMessage());
      return;
    }
    Duration wait = e.retryAfter().orElseGet(() -> backoff(attempts));
    repository.markRetry(id, attempts, e.getMessage(), now.plus(wait), now);
    log.warn("Submission {} will be retried in {}: {}", id, wait, e.getMessage());
  }

  private Duration backoff(int attempts) {
    Duration base = properties.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
    Duration capped = base.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : base;
    long jitter = ThreadLocalRandom.current().nextLong(capped.toMillis() / 5 + 1);
    return capped.plusMillis(jitter);
  }
}

package vn.nq57.sync.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq57.sync.national.NationalApiClient;
import vn.nq57.sync.national.SubmissionAccepted;
import vn.nq57.sync.submission.AttemptHistory.Entry;
import vn.nq57.sync.submission.AttemptHistory.Outcome;
import vn.nq57.sync.support.PermanentFailureException;
import vn.nq57.sync.support.TransientFailureException;
import vn.nq57.sync.support.VietnamTime;
import vn.nq57.sync.support.WaitRequestedException;

/**
 * Sends due submissions from the outbox. A transient failure (the outcome may be unknown) is
 * retried later with the same Idempotency-Key and body; a permanent one fails the submission for a
 * person to look at.
 */
@Component
public class SubmissionPusher implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SubmissionPusher.class);
  private static final Duration MIN_WAIT = Duration.ofSeconds(1);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final DeliveryRepository repository;
  private final DeliveryControl control;
  private final NationalApiClient national;
  private final TransactionTemplate transactions;
  private final DeliveryProperties properties;
  private final AttemptHistory history;
  private final Clock clock;
  private final ExecutorService workers;
  private final Semaphore idle;

  SubmissionPusher(
      DeliveryRepository repository,
      DeliveryControl control,
      NationalApiClient national,
      TransactionTemplate transactions,
      DeliveryProperties properties,
      AttemptHistory history,
      Clock clock) {
    this.history = history;
    this.repository = repository;
    this.control = control;
    this.national = national;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
    this.workers = Executors.newFixedThreadPool(properties.pushWorkers(), new PushThreads());
    this.idle = new Semaphore(properties.pushWorkers());
  }

  /** Named daemon threads, so a thread dump shows who is sending. */
  private static final class PushThreads implements ThreadFactory {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "nq57-push-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  /**
   * Starts a worker for every one of the {@code push-workers} that is idle, unless delivery is
   * paused, and returns at once: each worker sends due submissions until none is left, so one slow
   * national answer holds one worker while the others keep sending. Returns how many were started.
   */
  public int pushDue() {
    if (control.isPaused()) {
      return 0;
    }
    int started = 0;
    while (idle.tryAcquire()) {
      try {
        workers.execute(this::drain);
        started++;
      } catch (RejectedExecutionException e) {
        idle.release(); // shutting down
        break;
      }
    }
    return started;
  }

  private void drain() {
    try {
      while (!control.isPaused()
          && Boolean.TRUE.equals(transactions.execute(status -> pushOne()))) {
        // the next one
      }
    } catch (RuntimeException e) {
      // The claim rolled back (e.g. the database connection was lost): the submission stays
      // PENDING and the next sweep sends it again with the same key.
      log.warn("Sending stopped for this sweep, the next sweep retries: {}", e.getMessage());
    } finally {
      idle.release();
    }
  }

  /**
   * Lets the workers finish the submission they are sending (each is bounded by the call deadline);
   * one still sending after that is interrupted, its claim rolls back and the submission goes out
   * again, with the same key, after the next start.
   */
  @Override
  public void destroy() throws InterruptedException {
    workers.shutdown();
    if (!workers.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      workers.shutdownNow();
    }
  }

  private boolean pushOne() {
    return repository
        .claimDue(VietnamTime.now(clock), properties.giveUpAfter())
        .map(
            claimed -> {
              send(claimed);
              return true;
            })
        .orElse(false);
  }

  private void send(DeliveryRepository.Claimed claimed) {
    MDC.put("submissionId", Long.toString(claimed.id())); // in every log line of this attempt
    try {
      SubmissionAccepted accepted =
          claimed.kind() == ReportKind.INDICATOR_REPORT
              ? national.postIndicatorReports(claimed.idempotencyKey(), claimed.body())
              : national.postTaskReports(claimed.idempotencyKey(), claimed.body());
      OffsetDateTime now = VietnamTime.now(clock);
      // Not polled before poll-interval: an acknowledgement is not ready the instant it is posted,
      // and a poll that only hears PROCESSING spends a request of the shared budget.
      repository.markSent(
          claimed.id(),
          accepted.submissionId(),
          claimed.attempts() + 1,
          now,
          now.plus(properties.pollInterval()));
      history.record(
          claimed.id(),
          Entry.of(Outcome.SENT, now, "accepted as " + accepted.submissionId(), null)
              .withAnswer(202, null));
      log.info(
          "Submission {} sent as national {}{}",
          claimed.id(),
          accepted.submissionId(),
          accepted.replayed() ? " (replayed answer)" : "");
    } catch (WaitRequestedException e) {
      waitFor(claimed, e);
    } catch (TransientFailureException e) {
      retryOrFail(claimed, e);
    } catch (PermanentFailureException e) {
      permanent(claimed, e);
    } finally {
      MDC.remove("submissionId");
    }
  }

  private void permanent(DeliveryRepository.Claimed claimed, PermanentFailureException e) {
    OffsetDateTime now = VietnamTime.now(clock);
    int attempts = claimed.attempts() + 1;
    // The key was seen with another body, so this body was never processed: a new key is safe.
    if ("IDEMPOTENCY_KEY_REUSED".equals(e.code()) && claimed.keyRotations() == 0) {
      String key = "nq57s-r" + UUID.randomUUID().toString().replace("-", "");
      repository.rotateKey(claimed.id(), key, attempts, e.getMessage(), now);
      history.record(
          claimed.id(),
          Entry.of(Outcome.KEY_ROTATED, now, e.getMessage(), now)
              .withAnswer(e.httpStatus(), e.code()));
      log.warn(
          "Submission {} key was used for another body; resending under {}", claimed.id(), key);
      return;
    }
    repository.markFailed(claimed.id(), attempts, e.getMessage(), now);
    history.record(
        claimed.id(),
        Entry.of(Outcome.FAILED, now, e.getMessage(), null).withAnswer(e.httpStatus(), e.code()));
    log.error("Submission {} FAILED, a person must act: {}", claimed.id(), e.getMessage());
  }

  /** A transient failure of a request that went out: one attempt more, retried until give-up. */
  private void retryOrFail(DeliveryRepository.Claimed claimed, TransientFailureException e) {
    OffsetDateTime now = VietnamTime.now(clock);
    int attempts = claimed.attempts() + 1;
    Duration wait = e.retryAfter().orElseGet(() -> backoff(attempts));
    if (!now.plus(wait).isBefore(claimed.giveUpAt())) {
      String reason =
          "gave up at "
              + claimed.giveUpAt().atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime()
              + " after "
              + attempts
              + " attempts";
      repository.markFailed(claimed.id(), attempts, reason + ": " + e.getMessage(), now);
      history.record(
          claimed.id(),
          Entry.of(Outcome.FAILED, now, reason + ": " + e.getMessage(), null)
              .withAnswer(e.httpStatus(), e.code()));
      log.error("Submission {} FAILED, a person must act: {}", claimed.id(), reason);
      return;
    }
    OffsetDateTime next = now.plus(wait);
    repository.markRetry(claimed.id(), attempts, e.getMessage(), next, now);
    history.record(
        claimed.id(),
        Entry.of(Outcome.RETRY, now, e.getMessage(), next).withAnswer(e.httpStatus(), e.code()));
    log.warn(
        "Submission {} attempt {} failed, next attempt at {}: {}",
        claimed.id(),
        attempts,
        next.toLocalTime().withNano(0),
        e.getMessage());
  }

  /**
   * The national side asked to wait (429, 503 maintenance, or its Retry-After pause still runs):
   * not an attempt. Rescheduled at the end of the pause; only the give-up time ends the waiting.
   */
  private void waitFor(DeliveryRepository.Claimed claimed, WaitRequestedException e) {
    OffsetDateTime now = VietnamTime.now(clock);
    Duration pause = e.retryAfter().orElse(properties.initialBackoff());
    OffsetDateTime next = now.plus(pause.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : pause);
    if (!next.isBefore(claimed.giveUpAt())) {
      retryOrFail(claimed, e);
      return;
    }
    String reason = "waiting until " + next + ": " + e.getMessage();
    repository.markWaiting(claimed.id(), reason, next, now);
    history.record(
        claimed.id(),
        Entry.of(Outcome.WAITED, now, e.getMessage(), next).withAnswer(e.httpStatus(), e.code()));
    log.info(
        "Submission {} waits until {} as the national API asked", claimed.id(), next.toLocalTime());
  }

  private Duration backoff(int attempts) {
    Duration base = properties.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
    Duration capped = base.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : base;
    long jitter = ThreadLocalRandom.current().nextLong(capped.toMillis() / 5 + 1);
    return capped.plusMillis(jitter);
  }
}

package vn.nq57.sync.acknowledgement;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.national.NationalApiClient;
import vn.nq57.sync.national.SubmissionStatus;
import vn.nq57.sync.submission.Acknowledgements;
import vn.nq57.sync.submission.Acknowledgements.Sent;
import vn.nq57.sync.submission.DeliveryProperties;
import vn.nq57.sync.submission.ItemState;
import vn.nq57.sync.submission.OutboundIndicator;
import vn.nq57.sync.submission.Outbox;
import vn.nq57.sync.support.PermanentFailureException;
import vn.nq57.sync.support.TransientFailureException;
import vn.nq57.sync.support.VietnamTime;

/**
 * Polls every sent submission that is due until the national system has judged all its items, then
 * records each ACCEPTED item's receipt number and each REJECTED item's errors.
 */
@Component
public class AcknowledgementPoller {

  private static final Logger log = LoggerFactory.getLogger(AcknowledgementPoller.class);

  private final Acknowledgements repository;
  private final NationalApiClient national;
  private final Outbox outbox;
  private final TransactionTemplate transactions;
  private final DeliveryProperties properties;
  private final ObjectMapper json;
  private final AcknowledgementMetrics metrics;
  private final Clock clock;

  AcknowledgementPoller(
      Acknowledgements repository,
      NationalApiClient national,
      Outbox outbox,
      TransactionTemplate transactions,
      DeliveryProperties properties,
      ObjectMapper json,
      AcknowledgementMetrics metrics,
      Clock clock) {
    this.repository = repository;
    this.national = national;
    this.outbox = outbox;
    this.transactions = transactions;
    this.properties = properties;
    this.json = json;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Polls every due submission once; returns how many were polled. */
  public int pollDue() {
    int polled = 0;
    try {
      while (Boolean.TRUE.equals(transactions.execute(status -> pollOne()))) {
        polled++;
      }
    } catch (RuntimeException e) {
      // Nothing was recorded for the submission being polled; the next sweep polls it again.
      log.warn("Polling stopped for this sweep, the next sweep retries: {}", e.getMessage());
    }
    return polled;
  }

  private boolean pollOne() {
    return repository
        .claimDue(VietnamTime.now(clock))
        .map(
            sent -> {
              poll(sent);
              return true;
            })
        .orElse(false);
  }

  private void poll(Sent sent) {
    OffsetDateTime now = VietnamTime.now(clock);
    MDC.put("submissionId", Long.toString(sent.id())); // in every log line of this poll
    try {
      SubmissionStatus status = national.submission(sent.nationalId());
      if (status.isCompleted()) {
        record(sent, status, now);
      } else {
        repository.pollLater(sent.id(), now.plus(nextPoll(sent, now)), null, now);
      }
    } catch (TransientFailureException e) {
      Duration wait = e.retryAfter().orElseGet(() -> nextPoll(sent, now));
      repository.pollLater(sent.id(), now.plus(wait), e.getMessage(), now);
      log.warn("Polling submission {} failed, again in {}: {}", sent.id(), wait, e.getMessage());
    } catch (PermanentFailureException e) {
      handlePermanent(sent, e, now);
    } finally {
      MDC.remove("submissionId");
    }
  }

  private void handlePermanent(Sent sent, PermanentFailureException e, OffsetDateTime now) {
    if ("SUBMISSION_NOT_FOUND".equals(e.code())) {
      repository.resend(sent.id(), "national system does not know " + sent.nationalId(), now);
      log.warn("National submission {} unknown; resending with the same key", sent.nationalId());
    } else {
      Duration wait = properties.maxPollInterval();
      repository.pollLater(sent.id(), now.plus(wait), e.getMessage(), now);
      log.error("Polling submission {} refused: {}", sent.id(), e.getMessage());
    }
  }

  private void record(Sent sent, SubmissionStatus status, OffsetDateTime now) {
    int accepted = 0;
    List<Acknowledgements.Judgement> judgements = new ArrayList<>();
    for (SubmissionStatus.ItemResult item : status.items()) {
      ItemState state = item.accepted() ? ItemState.ACCEPTED : ItemState.REJECTED;
      judgements.add(
          new Acknowledgements.Judgement(
              item.localRef(),
              item.taskCode(),
              item.indicatorCode(),
              state,
              item.receiptNo(),
              errors(item)));
    }
    repository.recordItems(sent.id(), judgements, now);
    for (SubmissionStatus.ItemResult item : status.items()) {
      logItem(sent, item);
      if (isStale(item)) {
        outbox.resendWithHigherRevision(outboxKey(item));
      }
      accepted += item.accepted() ? 1 : 0;
    }
    repository.complete(sent.id(), now);
    metrics.acknowledged(accepted, status.items().size() - accepted);
    log.info(
        "Submission {} acknowledged: {} accepted, {} rejected",
        sent.id(),
        accepted,
        status.items().size() - accepted);
  }

  private static boolean isStale(SubmissionStatus.ItemResult item) {
    return !item.accepted()
        && outboxKey(item) != null
        && item.errors().stream().anyMatch(e -> "STALE_REVISION".equals(e.code()));
  }

  /** The key the item's revisions grow under: its localRef, or its indicator's key. */
  private static String outboxKey(SubmissionStatus.ItemResult item) {
    if (item.localRef() != null || item.indicatorCode() == null) {
      return item.localRef();
    }
    return OutboundIndicator.KEY_PREFIX + item.indicatorCode();
  }

  private static String code(SubmissionStatus.ItemResult item) {
    return item.taskCode() != null ? item.taskCode() : item.indicatorCode();
  }

  private static void logItem(Sent sent, SubmissionStatus.ItemResult item) {
    if (item.accepted()) {
      log.info(
          "Submission {}: {} ({} rev {}) ACCEPTED, receipt {}",
          sent.id(),
          code(item),
          outboxKey(item),
          item.revision(),
          item.receiptNo());
    } else {
      log.warn(
          "Submission {}: {} ({} rev {}) REJECTED: {}",
          sent.id(),
          code(item),
          outboxKey(item),
          item.revision(),
          item.errors());
    }
  }

  private Duration nextPoll(Sent sent, OffsetDateTime now) {
    Duration waited = Duration.between(sent.sentAt(), now);
    Duration next = waited.dividedBy(2);
    if (next.compareTo(properties.pollInterval()) < 0) {
      return properties.pollInterval();
    }
    return next.compareTo(properties.maxPollInterval()) > 0 ? properties.maxPollInterval() : next;
  }

  private String errors(SubmissionStatus.ItemResult item) {
    if (item.errors().isEmpty()) {
      return null;
    }
    try {
      return json.writeValueAsString(item.errors());
    } catch (JacksonException e) {
      throw new IllegalStateException(e);
    }
  }
}

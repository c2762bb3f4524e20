package vn.nq57.sync.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Received submissions and their results. Nothing runs in the background: a submission is judged on
 * the first read after {@code receivedAt + processingDelay}, always in the order received and as of
 * that due instant, so the outcome does not depend on when or how often anyone reads.
 */
class SubmissionStore {

  private static final class Submission {
    private final String id;
    private final Instant receivedAt;
    private final JsonNode items;
    private final ItemJudge judge;
    private List<ItemResult> results;

    private Submission(String id, Instant receivedAt, JsonNode items, ItemJudge judge) {
      this.id = id;
      this.receivedAt = receivedAt;
      this.items = items;
      this.judge = judge;
    }
  }

  private final Clock clock;
  private final Duration delay;
  private final Map<String, Submission> byId = new HashMap<>();
  private final Deque<Submission> pending = new ArrayDeque<>();
  private int sequence;

  SubmissionStore(Clock clock, Duration delay) {
    this.clock = clock;
    this.delay = delay;
  }

  synchronized AcceptedResponse create(JsonNode items, ItemJudge judge) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    sequence++;
    int year = now.atOffset(RevisionLedger.VIETNAM).getYear();
    Submission submission =
        new Submission("S-%d-%06d".formatted(year, sequence), now, items, judge);
    byId.put(submission.id, submission);
    pending.addLast(submission);
    return new AcceptedResponse(submission.id, "RECEIVED", format(now), items.size());
  }

  synchronized SubmissionView view(String id) {
    completeDue();
    Submission submission = byId.get(id);
    if (submission == null) {
      throw new SandboxException(ProblemCode.SUBMISSION_NOT_FOUND, "no submission " + id);
    }
    if (submission.results != null) {
      String completedAt = format(submission.receivedAt.plus(delay));
      return new SubmissionView(id, "COMPLETED", completedAt, submission.results);
    }
    boolean early = clock.instant().isBefore(submission.receivedAt.plus(delay.dividedBy(2)));
    return new SubmissionView(id, early ? "RECEIVED" : "PROCESSING", null, null);
  }

  /** Judges, in the order received, every submission whose processing delay has passed. */
  synchronized void completeDue() {
    Instant now = clock.instant();
    while (!pending.isEmpty() && !now.isBefore(pending.peekFirst().receivedAt.plus(delay))) {
      Submission submission = pending.pollFirst();
      submission.results =
          List.copyOf(submission.judge.judge(submission.items, submission.receivedAt.plus(delay)));
    }
  }

  private static String format(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(RevisionLedger.VIETNAM));
  }
}

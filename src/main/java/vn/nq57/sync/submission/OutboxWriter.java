package vn.nq57.sync.submission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskReportBatch;
import vn.nq57.sync.support.VietnamTime;

/**
 * Collects a run's mapped items and writes them as submissions of at most 100 items and under 1
 * MiB. Each submission, its items and the tasks' new revisions are written in one transaction. A
 * writer of changed items only (the DAY report) first sieves out unchanged items, so its
 * submissions are full: 100 changed items among 10,000 make one submission, not one per 100 mapped.
 */
public final class OutboxWriter {

  private final Target target;
  private final boolean onlyChanged;
  private final OutboxRepository repository;
  private final TransactionTemplate transactions;
  private final ItemHasher hasher;
  private final ObjectMapper json;
  private final Clock clock;

  /** The contract takes 1 MiB per request; leave room for the envelope and revisions. */
  static final int MAX_BODY_BYTES = 900 * 1024;

  /** How many candidates of a DAY report are looked up at once. */
  private static final int SIEVE = 500;

  private final List<Hashed> buffer = new ArrayList<>();
  private final List<Hashed> candidates = new ArrayList<>();
  private int bufferBytes;
  private int queued;
  private int unchanged;
  private int submissions;
  private final List<Long> submissionIds = new ArrayList<>();

  OutboxWriter(
      Target target,
      boolean onlyChanged,
      OutboxRepository repository,
      TransactionTemplate transactions,
      ItemHasher hasher,
      ObjectMapper json,
      Clock clock) {
    this.target = target;
    this.onlyChanged = onlyChanged;
    this.repository = repository;
    this.transactions = transactions;
    this.hasher = hasher;
    this.json = json;
    this.clock = clock;
  }

  /** Adds one item; a batch is written once it holds 100 items or nears the 1 MiB body limit. */
  public void add(OutboundItem item) {
    ItemHasher.Hashed hashed = hasher.hash(item.report());
    Hashed entry = new Hashed(item, hashed.hash(), hashed.size());
    if (!onlyChanged) {
      enqueue(entry);
      return;
    }
    candidates.add(entry);
    if (candidates.size() == SIEVE) {
      sieve();
    }
  }

  /** Writes what is left and returns what this writer did. */
  public Counts finish() {
    sieve();
    flush();
    return new Counts(queued, unchanged, submissions);
  }

  /** Drops the candidates whose content was queued before; the changed ones go on. */
  private void sieve() {
    if (candidates.isEmpty()) {
      return;
    }
    Map<String, String> last =
        repository.reportedHashes(
            candidates.stream().map(h -> h.item().report().localRef()).toList());
    for (Hashed candidate : candidates) {
      if (candidate.hash().equals(last.get(candidate.item().report().localRef()))) {
        unchanged++;
      } else {
        enqueue(candidate);
      }
    }
    candidates.clear();
  }

  private void enqueue(Hashed entry) {
    if (bufferBytes + entry.size() > MAX_BODY_BYTES) {
      flush();
    }
    buffer.add(entry);
    bufferBytes += entry.size();
    if (buffer.size() == TaskReportBatch.MAX_ITEMS) {
      flush();
    }
  }

  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    List<Hashed> batch = List.copyOf(buffer);
    buffer.clear();
    bufferBytes = 0;
    transactions.executeWithoutResult(status -> write(batch));
  }

  private void write(List<Hashed> batch) {
    Map<String, OutboxRepository.Reported> reported =
        repository.lockReported(batch.stream().map(h -> h.item().report().localRef()).toList());
    List<Revised> revised = new ArrayList<>();
    for (Hashed hashed : batch) {
      OutboxRepository.Reported last = reported.get(hashed.item().report().localRef());
      boolean same = last != null && last.itemHash().equals(hashed.hash());
      if (same && onlyChanged) {
        unchanged++;
      } else {
        int revision = last == null ? 1 : same ? last.revision() : last.revision() + 1;
        revised.add(new Revised(hashed, revision));
      }
    }
    if (!revised.isEmpty()) {
      insert(revised);
    }
  }

  private void insert(List<Revised> revised) {
    OffsetDateTime now = VietnamTime.now(clock);
    List<TaskReport> reports =
        revised.stream()
            .map(r -> r.hashed().item().report().withRevision(r.revision(), vietnam(r)))
            .toList();
    TaskReportBatch body =
        new TaskReportBatch(
            target.unitCode(),
            new TaskReportBatch.Period(target.periodType(), target.periodId()),
            now,
            reports);
    long submissionId = repository.insertSubmission(target, idempotencyKey(), serialise(body), now);
    for (int i = 0; i < revised.size(); i++) {
      Revised r = revised.get(i);
      repository.insertItem(submissionId, i, r.hashed().item(), r.revision(), r.hashed().hash());
      repository.upsertReported(r.hashed().item().report(), r.revision(), r.hashed().hash(), now);
    }
    queued += revised.size();
    submissions++;
    submissionIds.add(submissionId);
  }

  /** The ids of the submissions this writer has written so far. */
  public List<Long> submissionIds() {
    return List.copyOf(submissionIds);
  }

  private String idempotencyKey() {
    return "nq57s-" + target.periodId() + "-" + UUID.randomUUID().toString().replace("-", "");
  }

  private static OffsetDateTime vietnam(Revised r) {
    OffsetDateTime changed = r.hashed().item().changedAt();
    return changed.atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
  }

  private String serialise(TaskReportBatch body) {
    try {
      return json.writeValueAsString(body);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot serialise a task report batch", e);
    }
  }

  /** The run, period and unit the submissions are for. */
  record Target(long runId, String periodType, String periodId, String unitCode) {}

  /** What a writer put into the outbox. */
  public record Counts(int queued, int unchanged, int submissions) {}

  private record Hashed(OutboundItem item, String hash, int size) {}

  private record Revised(Hashed hashed, int revision) {}
}

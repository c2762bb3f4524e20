package vn.nq57.sync.submission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.national.IndicatorReport;
import vn.nq57.sync.national.IndicatorReportBatch;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskReportBatch;
import vn.nq57.sync.support.VietnamTime;

/**
 * Collects a run's mapped items and writes them as submissions of at most 100 items and under 1
 * MiB. Up to {@link #GROUP} submissions, their items and the tasks' new revisions are written in
 * one transaction, a few statements whatever their size; a submission is never written in part.
 * Unless it is made inside a transaction, a writer writes each group on a thread of its own while
 * the caller maps the next one, one group at a time and in order, so mapping and writing overlap. A
 * writer of changed items only (the DAY report) first sieves out unchanged items, so its
 * submissions are full: 100 changed items among 10,000 make one submission, not one per 100 mapped.
 * A writer queues one kind of report (tasks or indicator values), each with the same guarantees.
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

  /** Submissions written per transaction. */
  static final int GROUP = 10;

  private final List<Hashed> buffer = new ArrayList<>();
  private final List<Hashed> candidates = new ArrayList<>();
  private final List<List<Hashed>> group = new ArrayList<>();
  private int bufferBytes;
  private int queued;
  private int unchanged;
  private final List<Long> submissionIds = new ArrayList<>();

  /** Writes groups while the caller goes on; null: the caller's thread writes them. */
  private final ExecutorService background;

  private Future<Written> inFlight;

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
    // Inside a caller's transaction the writes must join it (and could wait for its locks).
    this.background =
        TransactionSynchronizationManager.isActualTransactionActive()
            ? null
            : new ThreadPoolExecutor(
                0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), OutboxWriter::thread);
  }

  private static Thread thread(Runnable work) {
    Thread thread = new Thread(work, "nq57-outbox-write");
    thread.setDaemon(true);
    return thread;
  }

  /** Adds one item; a batch is written once it holds 100 items or nears the 1 MiB body limit. */
  public void add(OutboundItem item) {
    accept(ReportKind.TASK_REPORT, item, hasher.hash(item.report()));
  }

  /** Adds one indicator value, as {@link #add(OutboundItem)} adds a task. */
  public void add(OutboundIndicator item) {
    accept(
        ReportKind.INDICATOR_REPORT,
        item,
        hasher.hash(item.report(), target.periodType(), target.periodId()));
  }

  private void accept(ReportKind kind, Outbound item, ItemHasher.Hashed hashed) {
    if (kind != target.kind()) {
      throw new IllegalArgumentException("a " + target.kind() + " writer cannot queue a " + kind);
    }
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
    writeGroup();
    awaitInFlight();
    return new Counts(queued, unchanged, submissionIds.size());
  }

  /** Drops the candidates whose content was queued before; the changed ones go on. */
  private void sieve() {
    if (candidates.isEmpty()) {
      return;
    }
    awaitInFlight(); // what this writer queued so far is then visible to the lookup
    Map<String, String> last =
        repository.reportedHashes(candidates.stream().map(h -> h.item().localRef()).toList());
    for (Hashed candidate : candidates) {
      if (candidate.hash().equals(last.get(candidate.item().localRef()))) {
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

  /** Closes the submission being filled; a full group of them is written. */
  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    group.add(List.copyOf(buffer));
    buffer.clear();
    bufferBytes = 0;
    if (group.size() == GROUP) {
      writeGroup();
    }
  }

  private void writeGroup() {
    if (group.isEmpty()) {
      return;
    }
    List<List<Hashed>> batches = List.copyOf(group);
    group.clear();
    if (background == null) {
      merge(transactions.execute(status -> write(batches)));
      return;
    }
    awaitInFlight();
    inFlight = background.submit(() -> transactions.execute(status -> write(batches)));
  }

  /** Waits for the group being written, if any, and counts what it wrote. */
  private void awaitInFlight() {
    if (inFlight == null) {
      return;
    }
    try {
      merge(inFlight.get());
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException("writing the outbox failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the outbox was written", e);
    } finally {
      inFlight = null;
    }
  }

  private void merge(Written written) {
    unchanged += written.unchanged();
    queued += written.queued();
    submissionIds.addAll(written.submissionIds());
  }

  /**
   * Gives each item its revision under the outbox lock: the last one queued when the content is the
   * same, the next one when it changed. An item of a task queued earlier in the same group counts
   * as queued.
   */
  private Written write(List<List<Hashed>> batches) {
    int unchangedHere = 0;
    Map<String, OutboxRepository.Reported> reported =
        new HashMap<>(
            repository.lockReported(
                batches.stream()
                    .flatMap(List::stream)
                    .map(h -> h.item().localRef())
                    .distinct()
                    .toList()));
    List<List<Revised>> toInsert = new ArrayList<>();
    for (List<Hashed> batch : batches) {
      List<Revised> revised = new ArrayList<>();
      for (Hashed hashed : batch) {
        String ref = hashed.item().localRef();
        OutboxRepository.Reported last = reported.get(ref);
        boolean same = last != null && last.itemHash().equals(hashed.hash());
        if (same && onlyChanged) {
          unchangedHere++;
          continue;
        }
        int revision = last == null ? 1 : same ? last.revision() : last.revision() + 1;
        revised.add(new Revised(hashed, revision));
        reported.put(ref, new OutboxRepository.Reported(revision, hashed.hash()));
      }
      if (!revised.isEmpty()) {
        toInsert.add(revised);
      }
    }
    return toInsert.isEmpty()
        ? new Written(unchangedHere, 0, List.of())
        : insert(toInsert, unchangedHere);
  }

  private Written insert(List<List<Revised>> batches, int unchangedHere) {
    OffsetDateTime now = VietnamTime.now(clock);
    List<String> keys = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (List<Revised> revised : batches) {
      keys.add(idempotencyKey());
      bodies.add(
          serialise(
              target.kind() == ReportKind.TASK_REPORT
                  ? taskBatch(revised, now)
                  : indicatorBatch(revised)));
    }
    List<Long> ids = repository.insertSubmissions(target, keys, bodies, now);
    List<OutboxRepository.Item> items = new ArrayList<>();
    List<OutboxRepository.Revised> rows = new ArrayList<>();
    for (int b = 0; b < batches.size(); b++) {
      List<Revised> revised = batches.get(b);
      for (int position = 0; position < revised.size(); position++) {
        Revised r = revised.get(position);
        OutboxRepository.Revised row =
            new OutboxRepository.Revised(r.hashed().item(), r.revision(), r.hashed().hash());
        items.add(new OutboxRepository.Item(ids.get(b), position, row));
        rows.add(row);
      }
    }
    repository.insertItems(items);
    repository.upsertReported(rows, now);
    return new Written(unchangedHere, rows.size(), ids);
  }

  /** The ids of the submissions this writer has written so far. */
  public List<Long> submissionIds() {
    awaitInFlight();
    return List.copyOf(submissionIds);
  }

  private TaskReportBatch taskBatch(List<Revised> revised, OffsetDateTime now) {
    List<TaskReport> reports =
        revised.stream()
            .map(
                r ->
                    ((OutboundItem) r.hashed().item())
                        .report()
                        .withRevision(r.revision(), vietnam(r)))
            .toList();
    return new TaskReportBatch(target.unitCode(), period(), now, reports);
  }

  private IndicatorReportBatch indicatorBatch(List<Revised> revised) {
    List<IndicatorReport> values =
        revised.stream()
            .map(r -> ((OutboundIndicator) r.hashed().item()).report().withRevision(r.revision()))
            .toList();
    return new IndicatorReportBatch(target.unitCode(), period(), values);
  }

  private TaskReportBatch.Period period() {
    return new TaskReportBatch.Period(target.periodType(), target.periodId());
  }

  private String idempotencyKey() {
    return "nq57s-" + target.periodId() + "-" + UUID.randomUUID().toString().replace("-", "");
  }

  private static OffsetDateTime vietnam(Revised r) {
    OffsetDateTime changed = ((OutboundItem) r.hashed().item()).changedAt();
    return changed.atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
  }

  private String serialise(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot serialise a report batch", e);
    }
  }

  /** The run, period and unit the submissions are for, and which report they are. */
  record Target(long runId, ReportKind kind, String periodType, String periodId, String unitCode) {}

  /** What a writer put into the outbox. */
  public record Counts(int queued, int unchanged, int submissions) {}

  private record Hashed(Outbound item, String hash, int size) {}

  private record Revised(Hashed hashed, int revision) {}

  /** What writing one group did. */
  private record Written(int unchanged, int queued, List<Long> submissionIds) {}
}

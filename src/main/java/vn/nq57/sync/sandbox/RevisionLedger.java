package vn.nq57.sync.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The accepted revisions per code (taskCode, or indicatorCode in a ledger of indicators), and the
 * receipt numbers {@code R-<unit>-<year>-<seq>}.
 */
class RevisionLedger {

  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private record Entry(int revision, String receiptNo, String content) {}

  private final String unitCode;
  private final Map<String, List<Entry>> accepted = new LinkedHashMap<>();
  private final AtomicInteger receipts;

  RevisionLedger(String unitCode) {
    this(unitCode, new AtomicInteger());
  }

  private RevisionLedger(String unitCode, AtomicInteger receipts) {
    this.unitCode = unitCode;
    this.receipts = receipts;
  }

  /** A ledger of other codes (indicators) whose receipt numbers follow on from this one's. */
  RevisionLedger sharingReceipts() {
    return new RevisionLedger(unitCode, receipts);
  }

  /** Why the revision cannot be accepted (STALE_REVISION), or empty when it can. */
  synchronized Optional<String> staleness(String taskCode, int revision, String content) {
    Entry last = last(taskCode);
    if (last == null || revision > last.revision()) {
      return Optional.empty();
    }
    if (revision < last.revision()) {
      return Optional.of(
          "revision " + revision + " is lower than the last accepted " + last.revision());
    }
    return last.content().equals(content)
        ? Optional.empty()
        : Optional.of("revision " + revision + " was already accepted with other content");
  }

  /** Records an acceptance; a repeat of the last accepted revision keeps its receipt number. */
  synchronized String accept(String taskCode, int revision, String content, Instant at) {
    Entry last = last(taskCode);
    if (last != null && last.revision() == revision && last.content().equals(content)) {
      return last.receiptNo();
    }
    Entry entry = new Entry(revision, nextReceipt(at), content);
    accepted.computeIfAbsent(taskCode, code -> new ArrayList<>()).add(entry);
    return entry.receiptNo();
  }

  synchronized String nextReceipt(Instant at) {
    return "R-%s-%d-%06d"
        .formatted(unitCode, at.atOffset(VIETNAM).getYear(), receipts.incrementAndGet());
  }

  synchronized int storedCount() {
    return accepted.values().stream().mapToInt(List::size).sum();
  }

  synchronized Map<String, List<SandboxApi.AcceptedRevision>> snapshot() {
    Map<String, List<SandboxApi.AcceptedRevision>> copy = new LinkedHashMap<>();
    accepted.forEach(
        (code, entries) ->
            copy.put(
                code,
                entries.stream()
                    .map(e -> new SandboxApi.AcceptedRevision(e.revision(), e.receiptNo()))
                    .toList()));
    return copy;
  }

  private Entry last(String taskCode) {
    List<Entry> entries = accepted.get(taskCode);
    return entries == null ? null : entries.get(entries.size() - 1);
  }
}

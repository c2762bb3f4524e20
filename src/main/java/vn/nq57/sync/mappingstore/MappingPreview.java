package vn.nq57.sync.mappingstore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.source.SourceRecordRepository.StoredRecord;
import vn.nq57.sync.support.VietnamTime;

/**
 * Runs a mapping version against the latest stored records of the sources that use it and shows,
 * per record, what it would send (and whether the contract would accept it) next to what the active
 * version sends. Nothing is stored or sent.
 */
@Component
public class MappingPreview {

  private final MappingSources sources;
  private final Clock clock;

  MappingPreview(MappingSources sources, Clock clock) {
    this.sources = sources;
    this.clock = clock;
  }

  Preview preview(
      MappingVersion candidate,
      TaskMapping mapping,
      MappingVersions.ActiveMapping active,
      int limit,
      boolean changedOnly) {
    LocalDate today = VietnamTime.today(clock);
    List<Item> items = new ArrayList<>();
    Tally tally = new Tally();
    sources.forEachRecord(
        candidate.mappingId(),
        record -> {
          Outcome proposed = outcome(mapping, record, today);
          Outcome current = active == null ? null : outcome(active.mapping(), record, today);
          boolean changed = current == null || !Objects.equals(proposed.sent(), current.sent());
          tally.count(proposed, current, changed);
          if (items.size() < limit && (changed || !changedOnly)) {
            items.add(
                new Item(
                    record.id(),
                    record.row().location(),
                    record.recordKey(),
                    changed,
                    proposed,
                    current));
          }
        });
    return new Preview(
        candidate.mappingId(),
        candidate.version(),
        active == null ? null : active.version(),
        today,
        tally.records,
        tally.changed,
        tally.parked,
        tally.parkedByActive,
        tally.refusedByContract,
        items);
  }

  /** The counts of a preview over every record, as they accumulate. */
  private static final class Tally {
    int records;
    int changed;
    int parked;
    int parkedByActive;
    int refusedByContract;

    void count(Outcome proposed, Outcome current, boolean isChanged) {
      records++;
      changed += isChanged ? 1 : 0;
      parked += proposed.parkedCode() != null ? 1 : 0;
      parkedByActive += current != null && current.parkedCode() != null ? 1 : 0;
      refusedByContract += proposed.report() != null && !proposed.contractAccepts() ? 1 : 0;
    }
  }

  private static Outcome outcome(TaskMapping mapping, StoredRecord record, LocalDate today) {
    // Runs map stored records under their stored key; so does the preview.
    MappingOutcome outcome = mapping.map(record.row(), record.recordKey(), today);
    if (outcome instanceof MappingOutcome.Mapped m) {
      List<String> refused = ContractCheck.violations(m.report());
      return new Outcome(m.report(), null, null, refused.isEmpty(), refused);
    }
    MappingOutcome.Parked parked = (MappingOutcome.Parked) outcome;
    return new Outcome(null, parked.code(), parked.reason(), false, List.of());
  }

  /** A version's preview: counts over every record, and the first {@code limit} items. */
  public record Preview(
      String mappingId,
      int version,
      Integer activeVersion,
      LocalDate today,
      int records,
      int changed,
      int parked,
      int parkedByActive,
      int refusedByContract,
      List<Item> items) {}

  /** One stored record mapped by the previewed version and by the active one (null if none). */
  public record Item(
      long sourceRecordId,
      String location,
      String recordKey,
      boolean changed,
      Outcome preview,
      Outcome active) {}

  /**
   * What a version makes of a record: a report (with the contract's verdict), or why it is parked.
   */
  public record Outcome(
      TaskReport report,
      String parkedCode,
      String parkedReason,
      boolean contractAccepts,
      List<String> contractErrors) {

    /** What would go out: the report, or the parked code standing for "nothing". */
    public Object sent() {
      return report != null ? report : parkedCode;
    }
  }
}

package vn.nq57.sync.operations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.mappingstore.MappingVersions;
import vn.nq57.sync.mappingstore.MappingVersions.ActiveMapping;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.source.SourceInstances;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRecordRepository.StoredRecord;
import vn.nq57.sync.submission.OutboundItem;
import vn.nq57.sync.submission.Outbox;
import vn.nq57.sync.submission.OutboxWriter;
import vn.nq57.sync.submission.ReplayCandidate;
import vn.nq57.sync.support.VietnamTime;

/**
 * Re-maps the tasks of a FAILED submission from their stored source records with the mapping active
 * now, and queues the result as new submissions (new key, next revision). A task is left out when a
 * newer revision was queued after this one, when the mapping parks it now, or when its source
 * record or source is gone.
 */
@Component
class Remapper {

  private final SourceRecordRepository records;
  private final SourceInstances sources;
  private final MappingVersions mappings;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final Clock clock;

  Remapper(
      SourceRecordRepository records,
      SourceInstances sources,
      MappingVersions mappings,
      Outbox outbox,
      ObjectMapper json,
      Clock clock) {
    this.records = records;
    this.sources = sources;
    this.mappings = mappings;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  /** What each task of the submission would become; nothing is written. */
  List<Remapped> plan(ReplayCandidate candidate) {
    List<Remapped> plans = new ArrayList<>();
    for (ReplayCandidate.Item item : candidate.items()) {
      plans.add(remap(item));
    }
    return plans;
  }

  /** Queues the tasks that map; returns the ids of the new submissions (empty: none mapped). */
  List<Long> queue(ReplayCandidate candidate, List<Remapped> plans) {
    List<Remapped> mapped = plans.stream().filter(p -> p.leftOut() == null).toList();
    if (mapped.isEmpty()) {
      return List.of();
    }
    OutboxWriter writer =
        outbox.writer(candidate.runId(), candidate.periodType(), candidate.periodId(), false);
    for (Remapped plan : mapped) {
      // The content may equal what was queued last: still a new revision under a new key.
      outbox.resendWithHigherRevision(plan.item().localRef());
      writer.add(
          new OutboundItem(
              plan.record().id(), plan.report(), plan.record().changedAt(), plan.versionId()));
    }
    writer.finish();
    return writer.submissionIds();
  }

  private Remapped remap(ReplayCandidate.Item item) {
    if (item.outdated()) {
      return Remapped.leftOut(
          item, "revision " + item.latestRevision() + " of this task was queued after this one");
    }
    Optional<StoredRecord> record = records.find(item.sourceRecordId());
    if (record.isEmpty()) {
      return Remapped.leftOut(item, "its stored source record is gone");
    }
    Optional<ConfiguredSource> source = sources.find(record.get().row().sourceId());
    if (source.isEmpty()) {
      return Remapped.leftOut(
          item, "its source '" + record.get().row().sourceId() + "' is no longer configured");
    }
    ActiveMapping active = mappings.active(source.get().mapping());
    MappingOutcome outcome =
        active
            .mapping()
            .map(record.get().row(), record.get().recordKey(), VietnamTime.today(clock));
    if (outcome instanceof MappingOutcome.Parked parked) {
      return Remapped.leftOut(
          item, "the active mapping parks it now: " + parked.code() + ": " + parked.reason());
    }
    TaskReport report = ((MappingOutcome.Mapped) outcome).report();
    return new Remapped(item, record.get(), report, active.versionId(), null);
  }

  /** The item of a dry run: the report that would be sent, with its next revision. */
  ReplayPreview.ItemPlan preview(Remapped plan) {
    ReplayCandidate.Item item = plan.item();
    if (plan.leftOut() != null) {
      return new ReplayPreview.ItemPlan(
          item.localRef(), item.taskCode(), item.revision(), null, null, plan.leftOut());
    }
    int next = item.latestRevision() + 1;
    return new ReplayPreview.ItemPlan(
        item.localRef(),
        plan.report().taskCode(),
        item.revision(),
        next,
        json.valueToTree(plan.report().withRevision(next, null)),
        null);
  }

  /** One task re-mapped, or why it is left out. */
  record Remapped(
      ReplayCandidate.Item item,
      StoredRecord record,
      TaskReport report,
      Long versionId,
      String leftOut) {

    static Remapped leftOut(ReplayCandidate.Item item, String why) {
      return new Remapped(item, null, null, null, why);
    }
  }
}

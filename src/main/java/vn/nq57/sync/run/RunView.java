package vn.nq57.sync.run;

import java.time.OffsetDateTime;
import java.util.List;
import vn.nq57.sync.mappingstore.MappingVersions.UsedVersion;
import vn.nq57.sync.submission.DeliveryTally;
import vn.nq57.sync.submission.ReportKind;

/**
 * A run as the operator sees it: what it pulled, mapped and parked, and what became of the items it
 * queued (sent, accepted, rejected, failed), and what became of each source. A queued run whose
 * submissions are all acknowledged or failed is shown COMPLETED. A source that could not be read
 * does not fail the run: it is listed FAILED in {@code sources} and named in {@code error}. {@code
 * mappingVersions} names every stored version the run used (task mapping, crosswalk, agency map,
 * indicator mapping)); {@code kind} says which report the run made: TASK_REPORT or
 * INDICATOR_REPORT.
 */
public record RunView(
    long id,
    ReportKind kind,
    TriggerKind trigger,
    String periodType,
    String periodId,
    RunState state,
    String source,
    int pulled,
    int mapped,
    int unchanged,
    int parked,
    int queued,
    int sent,
    int accepted,
    int rejected,
    int failed,
    String error,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    List<RunSourceView> sources,
    List<UsedVersion> mappingVersions) {

  /**
   * The run as stored with the tally of what it queued: a QUEUED run without open submissions is
   * shown COMPLETED, finished when its last submission changed.
   */
  static RunView of(
      StoredRun run,
      DeliveryTally tally,
      List<RunSourceView> sources,
      List<UsedVersion> mappingVersions) {
    boolean delivered = run.state() == RunState.QUEUED && tally.openSubmissions() == 0;
    return new RunView(
        run.id(),
        run.kind(),
        run.trigger(),
        run.periodType(),
        run.periodId(),
        delivered ? RunState.COMPLETED : run.state(),
        run.label(),
        run.pulled(),
        run.mapped(),
        run.unchanged(),
        run.parked(),
        tally.queued(),
        tally.sent(),
        tally.accepted(),
        tally.rejected(),
        tally.failed(),
        run.error(),
        run.startedAt(),
        delivered ? tally.lastUpdatedAt() : run.finishedAt(),
        List.copyOf(sources),
        List.copyOf(mappingVersions));
  }
}

package vn.nq57.sync.run;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.nq57.sync.submission.DeliveryTallies;
import vn.nq57.sync.submission.DeliveryTally;
import vn.nq57.sync.submission.ReportKind;
import vn.nq57.sync.support.ResultPage;

/**
 * Reads runs: as the operator sees them (with what became of the items they queued, from the
 * outbox) and, for schedules, the runs of reporting periods.
 */
@Component
public class RunQueries {

  private final RunRepository runs;
  private final DeliveryTallies deliveries;
  private final RunVersions versions;
  private final ParkedValues parkedValues;

  RunQueries(
      RunRepository runs,
      DeliveryTallies deliveries,
      RunVersions versions,
      ParkedValues parkedValues) {
    this.runs = runs;
    this.deliveries = deliveries;
    this.versions = versions;
    this.parkedValues = parkedValues;
  }

  /**
   * The records parked now (per source, what its latest run that read it parked), each with the
   * source values its reason is about.
   */
  public List<ParkedView> currentlyParked() {
    return parkedValues.of(runs.currentlyParked());
  }

  /** The records a run parked, with the source values their reasons are about. */
  public List<ParkedView> parkedIn(long runId) {
    return parkedValues.of(runs.parkedIn(runId));
  }

  /** Runs the filter selects, newest first. */
  public ResultPage<RunView> find(RunFilter filter, int page, int size) {
    int limit = ResultPage.clampSize(size);
    return new ResultPage<>(
        views(runs.find(filter, limit, ResultPage.offset(page, limit))),
        Math.max(page, 0),
        limit,
        runs.count(filter));
  }

  /** One run with its counts and sources. */
  public Optional<RunView> find(long id) {
    return runs.find(id).map(run -> views(List.of(run)).get(0));
  }

  /** The latest runs, newest first. */
  public List<RunView> recent(int limit) {
    return views(runs.recent(limit));
  }

  /** Every task report run of the given periods, in no particular order. */
  public List<PeriodRun> inPeriods(PeriodType type, Collection<String> periodIds) {
    return inPeriods(ReportKind.TASK_REPORT, type, periodIds);
  }

  /** Every run of one kind of report for the given periods, in no particular order. */
  public List<PeriodRun> inPeriods(ReportKind kind, PeriodType type, Collection<String> periodIds) {
    if (periodIds.isEmpty()) {
      return List.of();
    }
    return runs.inPeriods(kind, type, periodIds).stream()
        .map(r -> new PeriodRun(r.id(), r.periodId(), r.finished(), r.finishedAt()))
        .toList();
  }

  private List<RunView> views(List<StoredRun> stored) {
    Map<Long, DeliveryTally> tallies =
        deliveries.byRun(stored.stream().map(StoredRun::id).toList());
    return stored.stream()
        .map(
            run ->
                RunView.of(
                    run,
                    tallies.getOrDefault(run.id(), DeliveryTally.NONE),
                    runs.sources(run.id()),
                    versions.of(run.id())))
        .toList();
  }
}

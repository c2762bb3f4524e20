package vn.nq57.sync.run;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.nq57.sync.submission.DeliveryTallies;
import vn.nq57.sync.submission.DeliveryTally;

/**
 * Reads runs: as the operator sees them (with what became of the items they queued, from the
 * outbox) and, for schedules, the runs of reporting periods.
 */
@Component
public class RunQueries {

  private final RunRepository runs;
  private final DeliveryTallies deliveries;

  RunQueries(RunRepository runs, DeliveryTallies deliveries) {
    this.runs = runs;
    this.deliveries = deliveries;
  }

  public Optional<RunView> find(long id) {
    return runs.find(id).map(run -> views(List.of(run)).get(0));
  }

  /** The latest runs, newest first. */
  public List<RunView> recent(int limit) {
    return views(runs.recent(limit));
  }

  /** The rows a run parked, in the order they were parked. */
  public List<ParkedRecord> parked(long runId) {
    return runs.parked(runId);
  }

  /** What is parked now: per source, what its latest run that read or mapped it parked. */
  public List<ParkedNow> parkedNow() {
    return runs.currentlyParked().stream()
        .map(
            p ->
                new ParkedNow(
                    p.runId(),
                    p.parkedAt(),
                    new ParkedRecord(
                        p.sourceId(), p.recordKey(), p.location(), p.code(), p.reason())))
        .toList();
  }

  /** A row parked now, with the run that parked it and when. */
  public record ParkedNow(long runId, OffsetDateTime parkedAt, ParkedRecord record) {}

  /** Every run of the given periods, in no particular order. */
  public List<PeriodRun> inPeriods(PeriodType type, Collection<String> periodIds) {
    if (periodIds.isEmpty()) {
      return List.of();
    }
    return runs.inPeriods(type, periodIds).stream()
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
                    runs.sources(run.id())))
        .toList();
  }
}

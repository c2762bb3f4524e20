package vn.nq57.sync.scheduling;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.nq57.sync.run.PeriodRun;
import vn.nq57.sync.run.PeriodType;
import vn.nq57.sync.run.RunQueries;
import vn.nq57.sync.submission.DeliveryTallies;
import vn.nq57.sync.submission.DeliveryTally;
import vn.nq57.sync.submission.ReportKind;

/**
 * Per reporting period, the runs of one report (of any trigger, from run) and the states of the
 * items they queued (from the outbox of submission).
 */
@Component
class PeriodStatus {

  private final RunQueries runs;
  private final DeliveryTallies deliveries;

  PeriodStatus(RunQueries runs, DeliveryTallies deliveries) {
    this.runs = runs;
    this.deliveries = deliveries;
  }

  /** The counts of the given periods; a period without runs is missing from the map. */
  Map<String, PeriodCounts> counts(
      ReportKind report, PeriodType type, Collection<String> periodIds) {
    List<PeriodRun> periodRuns = runs.inPeriods(report, type, periodIds);
    Map<Long, DeliveryTally> tallies =
        deliveries.byRun(periodRuns.stream().map(PeriodRun::id).toList());
    Map<String, PeriodCounts> counts = new HashMap<>();
    periodRuns.stream()
        .collect(Collectors.groupingBy(PeriodRun::periodId))
        .forEach((period, list) -> counts.put(period, counts(list, tallies)));
    return counts;
  }

  private static PeriodCounts counts(List<PeriodRun> periodRuns, Map<Long, DeliveryTally> all) {
    List<DeliveryTally> tallies = new ArrayList<>();
    periodRuns.forEach(r -> tallies.add(all.getOrDefault(r.id(), DeliveryTally.NONE)));
    List<PeriodRun> finished = periodRuns.stream().filter(PeriodRun::finished).toList();
    OffsetDateTime lastActivity =
        Stream.concat(
                tallies.stream().map(DeliveryTally::lastAcknowledgedAt),
                finished.stream().map(PeriodRun::finishedAt))
            .filter(Objects::nonNull)
            .max(OffsetDateTime::compareTo)
            .orElse(null);
    return new PeriodCounts(
        periodRuns.stream().map(PeriodRun::id).sorted().toList(),
        finished.size(),
        sum(tallies, DeliveryTally::queued),
        sum(tallies, DeliveryTally::accepted),
        sum(tallies, DeliveryTally::rejected),
        sum(tallies, DeliveryTally::failed),
        sum(tallies, DeliveryTally::pending),
        lastActivity);
  }

  private static int sum(List<DeliveryTally> tallies, ToIntFunction<DeliveryTally> count) {
    return tallies.stream().mapToInt(count).sum();
  }
}

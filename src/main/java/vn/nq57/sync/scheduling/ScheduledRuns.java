package vn.nq57.sync.scheduling;

import org.springframework.stereotype.Component;
import vn.nq57.sync.run.PeriodType;
import vn.nq57.sync.run.SyncRunService;
import vn.nq57.sync.run.TriggerKind;

/** The runs the schedule routes start: the daily report of changes and the weekly full update. */
@Component("scheduledRuns")
public class ScheduledRuns {

  private final SyncRunService runs;

  ScheduledRuns(SyncRunService runs) {
    this.runs = runs;
  }

  public long daily() {
    return runs.periodic(PeriodType.DAY, TriggerKind.SCHEDULE);
  }

  public long weekly() {
    return runs.periodic(PeriodType.WEEK, TriggerKind.SCHEDULE);
  }
}

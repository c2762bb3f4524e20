package vn.nq57.sync.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.nq57.sync.run.ReportingPeriod;
import vn.nq57.sync.support.VietnamTime;

/** Which period a moment belongs to, in Vietnam time, and the periods just before it. */
final class SchedulePeriods {

  private SchedulePeriods() {}

  /** The period a schedule fire at this moment reports: the one containing its Vietnam date. */
  static ReportingPeriod ofFire(Cadence cadence, Instant fire) {
    return ReportingPeriod.containing(
        cadence.periodType(), LocalDate.ofInstant(fire, VietnamTime.ZONE));
  }

  /** The period containing today and the {@code before} periods preceding it, newest first. */
  static List<ReportingPeriod> recent(Cadence cadence, LocalDate today, int before) {
    List<ReportingPeriod> periods = new ArrayList<>(before + 1);
    ReportingPeriod period = ReportingPeriod.containing(cadence.periodType(), today);
    periods.add(period);
    for (int i = 0; i < before; i++) {
      period = ReportingPeriod.containing(cadence.periodType(), period.firstDay().minusDays(1));
      periods.add(period);
    }
    return periods;
  }
}

package vn.nq57.sync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A period's report against its due time. */
class PeriodStateTest {

  private static final OffsetDateTime DUE = OffsetDateTime.parse("2025-08-29T17:00:00+07:00");

  private static PeriodCounts acknowledgedAt(String at) {
    return new PeriodCounts(List.of(1L), 1, 3, 2, 1, 0, 0, OffsetDateTime.parse(at));
  }

  @Test
  void isOnTimeWhenEveryItemWasAnsweredBeforeTheDueTime() {
    assertThat(PeriodState.of(acknowledgedAt("2025-08-29T14:05:00+07:00"), DUE, DUE.plusDays(3)))
        .isEqualTo(PeriodState.ON_TIME);
  }

  @Test
  void isLateWhenTheLastAnswerCameAfterTheDueTime() {
    assertThat(PeriodState.of(acknowledgedAt("2025-08-29T17:00:01+07:00"), DUE, DUE.plusDays(3)))
        .isEqualTo(PeriodState.LATE);
  }

  @Test
  void isOverdueWithoutRunOrWithItemsStillPendingOrFailedOnceTheDueTimeHasPassed() {
    PeriodCounts pending = new PeriodCounts(List.of(1L), 1, 3, 2, 0, 0, 1, null);
    PeriodCounts failed = new PeriodCounts(List.of(1L), 1, 3, 2, 0, 1, 0, null);
    PeriodCounts failedRun = new PeriodCounts(List.of(1L), 0, 0, 0, 0, 0, 0, null);

    assertThat(PeriodState.of(PeriodCounts.NONE, DUE, DUE)).isEqualTo(PeriodState.OVERDUE);
    assertThat(PeriodState.of(pending, DUE, DUE.plusMinutes(1))).isEqualTo(PeriodState.OVERDUE);
    assertThat(PeriodState.of(failed, DUE, DUE.plusMinutes(1))).isEqualTo(PeriodState.OVERDUE);
    assertThat(PeriodState.of(failedRun, DUE, DUE.plusMinutes(1))).isEqualTo(PeriodState.OVERDUE);
  }

  @Test
  void isOpenUntilTheDueTime() {
    assertThat(PeriodState.of(PeriodCounts.NONE, DUE, DUE.minusSeconds(1)))
        .isEqualTo(PeriodState.OPEN);
  }

  @Test
  void countsARunWithNothingToReportAsAcknowledgedWhenItFinished() {
    PeriodCounts nothingChanged =
        new PeriodCounts(
            List.of(7L), 1, 0, 0, 0, 0, 0, OffsetDateTime.parse("2025-08-29T14:00:01+07:00"));

    assertThat(PeriodState.of(nothingChanged, DUE, DUE.plusDays(1))).isEqualTo(PeriodState.ON_TIME);
  }
}

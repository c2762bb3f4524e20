package vn.nq57.sync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.run.ReportingPeriod;

/** Periods of schedule fires at midnight and year boundaries, in Vietnam time. */
class ReportingPeriodBoundariesTest {

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void putsThe31stOfDecember2026AndThe1stOfJanuary2027InIsoWeek53Of2026() {
    assertThat(SchedulePeriods.ofFire(Cadence.WEEKLY, at("2026-12-31T14:00:00+07:00")).id())
        .isEqualTo("2026-W53");
    assertThat(SchedulePeriods.ofFire(Cadence.WEEKLY, at("2027-01-01T14:00:00+07:00")).id())
        .isEqualTo("2026-W53");
    assertThat(SchedulePeriods.ofFire(Cadence.WEEKLY, at("2027-01-04T00:00:00+07:00")).id())
        .isEqualTo("2027-W01");
  }

  @Test
  void spansWeek53FromMondayToSundayAcrossTheNewYear() {
    ReportingPeriod week = SchedulePeriods.ofFire(Cadence.WEEKLY, at("2027-01-01T14:00:00+07:00"));

    assertThat(week.firstDay()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(week.lastDay()).isEqualTo(LocalDate.of(2027, 1, 3));
  }

  @Test
  void takesTheDayOfAFireFromVietnamTimeNotUtc() {
    assertThat(SchedulePeriods.ofFire(Cadence.DAILY, at("2025-12-31T23:30:00+07:00")).id())
        .isEqualTo("2025-12-31");
    assertThat(SchedulePeriods.ofFire(Cadence.DAILY, at("2025-12-31T16:59:59Z")).id())
        .isEqualTo("2025-12-31");
    // 17:30 UTC on New Year's Eve is already 00:30 on 1 January in Vietnam.
    assertThat(SchedulePeriods.ofFire(Cadence.DAILY, at("2025-12-31T17:30:00Z")).id())
        .isEqualTo("2026-01-01");
    assertThat(SchedulePeriods.ofFire(Cadence.MONTHLY, at("2025-12-31T17:30:00Z")).id())
        .isEqualTo("2026-01");
    assertThat(SchedulePeriods.ofFire(Cadence.QUARTERLY, at("2025-12-31T17:30:00Z")).id())
        .isEqualTo("2026-Q1");
    assertThat(SchedulePeriods.ofFire(Cadence.YEARLY, at("2025-12-31T17:30:00Z")).id())
        .isEqualTo("2026");
    assertThat(SchedulePeriods.ofFire(Cadence.YEARLY, at("2025-12-31T16:30:00Z")).id())
        .isEqualTo("2025");
  }

  @Test
  void namesMonthsQuartersAndYearsAsTheContractDoes() {
    Instant fire = at("2025-11-05T08:00:00+07:00");

    ReportingPeriod month = SchedulePeriods.ofFire(Cadence.MONTHLY, fire);
    ReportingPeriod quarter = SchedulePeriods.ofFire(Cadence.QUARTERLY, fire);
    ReportingPeriod year = SchedulePeriods.ofFire(Cadence.YEARLY, fire);

    assertThat(month.id()).isEqualTo("2025-11");
    assertThat(month.lastDay()).isEqualTo(LocalDate.of(2025, 11, 30));
    assertThat(quarter.id()).isEqualTo("2025-Q4");
    assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(year.id()).isEqualTo("2025");
  }

  @Test
  void listsTheCurrentPeriodAndTheOnesBeforeItNewestFirst() {
    assertThat(SchedulePeriods.recent(Cadence.WEEKLY, LocalDate.of(2027, 1, 5), 2))
        .extracting(ReportingPeriod::id)
        .containsExactly("2027-W01", "2026-W53", "2026-W52");
    assertThat(SchedulePeriods.recent(Cadence.QUARTERLY, LocalDate.of(2026, 2, 1), 1))
        .extracting(ReportingPeriod::id)
        .containsExactly("2026-Q1", "2025-Q4");
    assertThat(SchedulePeriods.recent(Cadence.DAILY, LocalDate.of(2026, 1, 1), 1))
        .extracting(ReportingPeriod::id)
        .containsExactly("2026-01-01", "2025-12-31");
  }
}

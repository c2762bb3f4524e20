package vn.nq57.sync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due times counted from a period's first day 00:00 in Vietnam time. */
class DueOffsetTest {

  private static OffsetDateTime at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime);
  }

  @Test
  void putsTheDailyReportBefore16OnTheSameDay() {
    assertThat(DueOffset.valueOf("16h").dueAt(LocalDate.of(2025, 12, 31)))
        .isEqualTo(at("2025-12-31T16:00:00+07:00"));
  }

  @Test
  void putsTheWeeklyReportOnFriday17OfTheIsoWeek() {
    // 2026-W53 starts on Monday 28 December 2026; its Friday is 1 January 2027.
    assertThat(DueOffset.valueOf("P4DT17H").dueAt(LocalDate.of(2026, 12, 28)))
        .isEqualTo(at("2027-01-01T17:00:00+07:00"));
  }

  @Test
  void countsMonthsByTheCalendarForMonthQuarterAndYear() {
    assertThat(DueOffset.valueOf("P9D").dueAt(LocalDate.of(2026, 2, 1)))
        .isEqualTo(at("2026-02-10T00:00:00+07:00"));
    assertThat(DueOffset.valueOf("P2M9D").dueAt(LocalDate.of(2028, 1, 1)))
        .isEqualTo(at("2028-03-10T00:00:00+07:00"));
    assertThat(DueOffset.valueOf("P10M9D").dueAt(LocalDate.of(2025, 1, 1)))
        .isEqualTo(at("2025-11-10T00:00:00+07:00"));
  }

  @Test
  void readsDurationsAndIsoPeriodsAlike() {
    assertThat(DueOffset.valueOf("P9D").dueAt(LocalDate.of(2026, 3, 1)))
        .isEqualTo(DueOffset.valueOf("216h").dueAt(LocalDate.of(2026, 3, 1)));
    assertThat(List.of("16h", "P4DT17H", "P2M9D", "P9D").stream().map(DueOffset::valueOf))
        .extracting(DueOffset::toString)
        .containsExactly("PT16H", "P4DT17H", "P2M9D", "P9D");
  }

  @Test
  void refusesTextThatIsNoOffset() {
    assertThatThrownBy(() -> DueOffset.valueOf("friday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P4DT17H");
  }
}

package vn.nq57.sync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The latest fire of a Quartz cron at or before a moment, in Vietnam time. */
class CronFiresTest {

  private static final Instant LONG_AGO = at("2020-01-01T00:00:00+07:00");

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void findsLastFridaysFireFromAMonday() {
    CronFires weekly = new CronFires("0 0 14 ? * FRI");

    assertThat(weekly.latestAtOrBefore(at("2025-08-25T09:00:00+07:00"), LONG_AGO))
        .contains(at("2025-08-22T14:00:00+07:00"));
  }

  @Test
  void countsAFireExactlyAtTheMomentAsLatest() {
    CronFires daily = new CronFires("0 0 15 * * ?");

    assertThat(daily.latestAtOrBefore(at("2025-08-25T15:00:00+07:00"), LONG_AGO))
        .contains(at("2025-08-25T15:00:00+07:00"));
    assertThat(daily.latestAtOrBefore(at("2025-08-25T14:59:59+07:00"), LONG_AGO))
        .contains(at("2025-08-24T15:00:00+07:00"));
  }

  @Test
  void readsTheCronInVietnamTimeWhateverTheJvmZone() {
    CronFires midnight = new CronFires("0 0 0 * * ?");

    assertThat(midnight.latestAtOrBefore(at("2026-01-01T00:30:00+07:00"), LONG_AGO))
        .contains(at("2025-12-31T17:00:00Z"));
  }

  @Test
  void findsNoFireAtOrBeforeTheLowerBound() {
    CronFires weekly = new CronFires("0 0 14 ? * FRI");

    assertThat(
            weekly.latestAtOrBefore(
                at("2025-08-25T09:00:00+07:00"), at("2025-08-22T14:00:00+07:00")))
        .isEmpty();
    assertThat(
            weekly.latestAtOrBefore(
                at("2025-08-25T09:00:00+07:00"), at("2025-08-22T13:59:59+07:00")))
        .contains(at("2025-08-22T14:00:00+07:00"));
  }

  @Test
  void findsRareAndDenseFiresQuickly() {
    Instant now = at("2027-03-01T10:00:00+07:00");

    assertThat(new CronFires("0 0 8 5 11 ?").latestAtOrBefore(now, LONG_AGO))
        .contains(at("2026-11-05T08:00:00+07:00"));
    assertThat(new CronFires("* * * * * ?").latestAtOrBefore(now, LONG_AGO)).contains(now);
    assertThat(new CronFires("0 0 0 1 1 ? 2099").latestAtOrBefore(now, LONG_AGO)).isEmpty();
  }

  @Test
  void refusesWhatQuartzCannotParse() {
    assertThatThrownBy(() -> new CronFires("every friday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("every friday");
  }
}

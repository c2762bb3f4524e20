package vn.nq57.sync.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Dates and times as the national contract states them: Vietnam time, UTC+07:00. */
public final class VietnamTime {

  /** The zone every schedule, period and contract date uses. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamTime() {}

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }

  public static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.now(clock.withZone(ZONE));
  }
}

package vn.nq57.sync.scheduling;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import vn.nq57.sync.support.VietnamTime;

/**
 * The fire times of a Quartz cron in Vietnam time. Quartz only looks forward, so the latest fire at
 * or before a moment is found by walking forward through a window before it, doubling the window
 * (from one minute up to a limit) until it holds a fire: few steps for any cron.
 */
final class CronFires {

  private static final Duration FIRST_WINDOW = Duration.ofMinutes(1);

  private final CronExpression cron;

  CronFires(String expression) {
    try {
      cron = new CronExpression(expression);
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a Quartz cron expression: " + expression, e);
    }
    cron.setTimeZone(TimeZone.getTimeZone(VietnamTime.ZONE));
  }

  /** The first fire strictly after the given moment, if the cron fires again. */
  Optional<Instant> next(Instant after) {
    return Optional.ofNullable(cron.getNextValidTimeAfter(Date.from(after))).map(Date::toInstant);
  }

  /** The latest fire at or before {@code now} and after {@code notBefore}, if there is one. */
  Optional<Instant> latestAtOrBefore(Instant now, Instant notBefore) {
    Duration window = FIRST_WINDOW;
    while (true) {
      Instant start = now.minus(window);
      boolean last = !start.isAfter(notBefore);
      Optional<Instant> found = latestIn(last ? notBefore : start, now);
      if (found.isPresent() || last) {
        return found;
      }
      window = window.multipliedBy(2);
    }
  }

  /** Walks forward from start (exclusive) and keeps the last fire that is not after end. */
  private Optional<Instant> latestIn(Instant start, Instant end) {
    Instant latest = null;
    Optional<Instant> fire = next(start);
    while (fire.isPresent() && !fire.get().isAfter(end)) {
      latest = fire.get();
      fire = next(latest);
    }
    return Optional.ofNullable(latest);
  }
}

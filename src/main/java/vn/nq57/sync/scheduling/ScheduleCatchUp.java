package vn.nq57.sync.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.nq57.sync.run.ReportingPeriod;
import vn.nq57.sync.run.TriggerKind;
import vn.nq57.sync.support.VietnamTime;

/**
 * Catch-up at start-up, once Camel and Quartz run: per enabled schedule, when its latest fire
 * happened while the adapter was down (after the schedule was first registered) and that period was
 * never claimed, the period is run once as CATCH_UP. Only the latest missed fire counts, so a long
 * downtime gives one run per schedule, never a burst (Quartz itself is told to do nothing on a
 * misfire).
 */
@Component
class ScheduleCatchUp {

  private static final Logger log = LoggerFactory.getLogger(ScheduleCatchUp.class);

  private final ScheduleProperties properties;
  private final ScheduleRepository schedules;
  private final ScheduledRuns runs;
  private final Clock clock;

  ScheduleCatchUp(
      ScheduleProperties properties,
      ScheduleRepository schedules,
      ScheduledRuns runs,
      Clock clock) {
    this.properties = properties;
    this.schedules = schedules;
    this.runs = runs;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    catchUp();
  }

  /** Registers every enabled schedule and catches up what it missed; answers the runs started. */
  List<Long> catchUp() {
    List<Long> started = new ArrayList<>();
    for (Cadence cadence : Cadence.values()) {
      if (!properties.of(cadence).enabled()) {
        continue;
      }
      try {
        catchUp(cadence).ifPresent(started::add);
      } catch (RuntimeException e) {
        log.error("The {} schedule could not catch up: {}", cadence.key(), e.getMessage(), e);
      }
    }
    return started;
  }

  private Optional<Long> catchUp(Cadence cadence) {
    OffsetDateTime now = VietnamTime.now(clock);
    OffsetDateTime registeredAt = schedules.register(cadence, now);
    Optional<Instant> missed =
        new CronFires(properties.of(cadence).cron())
            .latestAtOrBefore(now.toInstant(), registeredAt.toInstant());
    if (missed.isEmpty()) {
      return Optional.empty();
    }
    ReportingPeriod period = SchedulePeriods.ofFire(cadence, missed.get());
    if (schedules.claimed(cadence, period.id())) {
      return Optional.empty();
    }
    log.info(
        "The {} schedule did not run for {} {} (fire due {}); catching up once",
        cadence.key(),
        period.type(),
        period.id(),
        missed.get().atZone(VietnamTime.ZONE).toOffsetDateTime());
    return runs.run(cadence, period, TriggerKind.CATCH_UP);
  }
}

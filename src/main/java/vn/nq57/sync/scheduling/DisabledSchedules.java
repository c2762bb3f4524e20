package vn.nq57.sync.scheduling;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes the stored Quartz trigger of a schedule that was switched off: the route of a disabled
 * schedule never starts, so nothing else would take its old trigger out of the clustered store.
 */
@Component
class DisabledSchedules {

  private static final Logger log = LoggerFactory.getLogger(DisabledSchedules.class);

  /** The trigger group of routes/scheduling-*.yaml ({@code quartz:nq57/<schedule>}). */
  static final String GROUP = "nq57";

  private final ScheduleProperties properties;
  private final Scheduler scheduler;

  DisabledSchedules(ScheduleProperties properties, Scheduler scheduler) {
    this.properties = properties;
    this.scheduler = scheduler;
  }

  @EventListener(ApplicationReadyEvent.class)
  void removeTriggers() {
    for (Cadence cadence : Cadence.values()) {
      if (properties.of(cadence).enabled()) {
        continue;
      }
      try {
        if (scheduler.unscheduleJob(TriggerKey.triggerKey(cadence.key(), GROUP))) {
          log.info(
              "The {} schedule is switched off; its stored trigger was removed", cadence.key());
        }
      } catch (SchedulerException e) {
        log.warn(
            "Could not remove the trigger of the {} schedule: {}", cadence.key(), e.getMessage());
      }
    }
  }
}

package vn.nq57.sync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq57.sync.support.IntegrationTestSupport;

/** A schedule switched off loses the trigger an earlier start left in the clustered store. */
class DisabledSchedulesTest extends IntegrationTestSupport {

  private static final TriggerKey MONTHLY = TriggerKey.triggerKey("monthly", "nq57");
  private static final JobKey LEFT_OVER = JobKey.jobKey("left-over", "nq57-test");

  @Autowired private Scheduler scheduler;
  @Autowired private DisabledSchedules disabled;

  @AfterEach
  void removeJob() throws Exception {
    scheduler.deleteJob(LEFT_OVER);
  }

  @Test
  void removesTheStoredTriggerOfTheMonthlyScheduleWhichIsOffInTests() throws Exception {
    scheduler.scheduleJob(
        JobBuilder.newJob(Nothing.class).withIdentity(LEFT_OVER).build(),
        TriggerBuilder.newTrigger()
            .withIdentity(MONTHLY)
            .withSchedule(CronScheduleBuilder.cronSchedule("0 0 0 1 1 ? 2099"))
            .build());

    disabled.removeTriggers();

    assertThat(scheduler.checkExists(MONTHLY)).isFalse();
    assertThat(scheduler.checkExists(TriggerKey.triggerKey("weekly", "nq57"))).isTrue();
  }

  /** A job that does nothing; it never fires (2099). */
  public static class Nothing implements Job {
    @Override
    public void execute(JobExecutionContext context) {}
  }
}

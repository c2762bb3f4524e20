package vn.nq57.sync.support;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Leaves the pipeline tables as a test found them: empty. */
public final class DatabaseCleaner {

  private DatabaseCleaner() {}

  public static void clean(JdbcClient jdbc) {
    for (int attempt = 1; ; attempt++) {
      try {
        truncate(jdbc);
        return;
      } catch (PessimisticLockingFailureException e) {
        // A push worker still sending when the test ended may hold locks the TRUNCATE needs, and
        // PostgreSQL may pick the TRUNCATE as a deadlock's loser.
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private static void truncate(JdbcClient jdbc) {
    jdbc.sql(
            "TRUNCATE replay_job_entry, replay_job, submission_item, submission, reported_task, parked_record,"
                + " source_record_mark, source_record,"
                + " source_file, sync_run, alert_message, alert, national_request"
                + " RESTART IDENTITY CASCADE")
        .update();
    // The national side's pause is shared through the database: it must not outlive its test.
    jdbc.sql("UPDATE national_pause SET until = '-infinity'").update();
    // A cached national catalogue makes mapping park codes it lacks: no test may leave one behind.
    jdbc.sql("TRUNCATE catalogue_task").update();
    jdbc.sql(
            "UPDATE catalogue_refresh SET unit_code = NULL, refreshed_at = NULL, task_count = 0,"
                + " requests = 0, attempted_at = NULL, last_error = NULL")
        .update();
  }
}

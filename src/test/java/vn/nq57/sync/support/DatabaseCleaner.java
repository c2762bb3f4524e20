package vn.nq57.sync.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Leaves the pipeline tables as a test found them: empty. */
public final class DatabaseCleaner {

  private DatabaseCleaner() {}

  public static void clean(JdbcClient jdbc) {
    jdbc.sql(
            "TRUNCATE replay_job_entry, replay_job, submission_item, submission, reported_task, parked_record, source_record,"
                + " source_file, sync_run, alert_message, alert, national_request"
                + " RESTART IDENTITY CASCADE")
        .update();
    // The national side's pause is shared through the database: it must not outlive its test.
    jdbc.sql("UPDATE national_pause SET until = '-infinity'").update();
  }
}

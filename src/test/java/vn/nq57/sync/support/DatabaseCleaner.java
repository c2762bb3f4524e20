package vn.nq57.sync.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Leaves the pipeline tables as a test found them: empty. */
public final class DatabaseCleaner {

  private DatabaseCleaner() {}

  public static void clean(JdbcClient jdbc) {
    jdbc.sql(
            "TRUNCATE submission_item, submission, reported_task, parked_record, source_record,"
                + " source_file, sync_run RESTART IDENTITY CASCADE")
        .update();
  }
}

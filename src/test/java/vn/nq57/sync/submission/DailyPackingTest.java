package vn.nq57.sync.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * A DAY report packs only changed items: 1 % of 1,000 tasks changed makes one submission of 10
 * items, not one submission per 100 mapped items that happened to hold a change.
 */
class DailyPackingTest extends IntegrationTestSupport {

  private static final int TASKS = 1_000;
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-08-25T09:00:00+07:00");

  @Autowired Outbox outbox;
  @Autowired DeliveryControl delivery;

  @Test
  void packsTheChangedTasksOfADailyReportIntoFullSubmissions() {
    delivery.pause("test", "count the outbox, send nothing");
    try {
      List<Long> records = SyntheticOutbox.sourceRecords(jdbc, "packing", TASKS);
      long full = SyntheticOutbox.run(jdbc, "WEEK");
      OutboxWriter.Counts first = write(full, "WEEK", records, -1, false);
      assertThat(first.submissions()).isEqualTo(TASKS / 100);

      long daily = SyntheticOutbox.run(jdbc, "DAY");
      // Every 100th task changed: 10 changed tasks spread over all 1,000.
      OutboxWriter.Counts changed = write(daily, "DAY", records, 100, true);

      assertThat(changed.queued()).isEqualTo(10);
      assertThat(changed.unchanged()).isEqualTo(TASKS - 10);
      assertThat(changed.submissions()).isEqualTo(1);
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM submission_item i JOIN submission s"
                          + " ON s.id = i.submission_id WHERE s.run_id = :run")
                  .param("run", daily)
                  .query(Integer.class)
                  .single())
          .isEqualTo(10);
    } finally {
      delivery.resume("test", "done");
    }
  }

  @Test
  void writesGroupsInOrderSoATaskQueuedAgainLaterInTheRunGetsTheNextRevision() {
    delivery.pause("test", "count the outbox, send nothing");
    try {
      List<Long> records = SyntheticOutbox.sourceRecords(jdbc, "groups", 2_500);
      long run = SyntheticOutbox.run(jdbc, "WEEK");
      OutboxWriter writer = outbox.writer(run, "WEEK", "2025-W35", false);
      for (int i = 0; i < records.size(); i++) {
        writer.add(new OutboundItem(records.get(i), SyntheticOutbox.report(i, false), NOW, null));
      }
      // Task 5 again, changed, two groups of 1,000 items later.
      writer.add(new OutboundItem(records.get(5), SyntheticOutbox.report(5, true), NOW, null));
      OutboxWriter.Counts counts = writer.finish();

      assertThat(counts.queued()).isEqualTo(2_501);
      assertThat(counts.submissions()).isEqualTo(26);
      assertThat(writer.submissionIds()).isSorted().hasSize(26);
      assertThat(
              jdbc.sql(
                      "SELECT i.revision FROM submission_item i WHERE i.local_ref = 'T:5'"
                          + " ORDER BY i.submission_id")
                  .query(Integer.class)
                  .list())
          .containsExactly(1, 2);
      // The changed item, added last, is in the last submission written: groups kept their order.
      assertThat(
              jdbc.sql(
                      "SELECT i.submission_id FROM submission_item i"
                          + " WHERE i.local_ref = 'T:5' AND i.revision = 2")
                  .query(Long.class)
                  .single())
          .isEqualTo(writer.submissionIds().get(25));
      assertThat(
              jdbc.sql("SELECT revision FROM reported_task WHERE local_ref = 'T:5'")
                  .query(Integer.class)
                  .single())
          .isEqualTo(2);
    } finally {
      delivery.resume("test", "done");
    }
  }

  private OutboxWriter.Counts write(
      long runId, String period, List<Long> records, int changeEvery, boolean onlyChanged) {
    OutboxWriter writer =
        outbox.writer(runId, period, period.equals("DAY") ? "2025-08-25" : "2025-W35", onlyChanged);
    for (int i = 0; i < records.size(); i++) {
      boolean changed = changeEvery > 0 && i % changeEvery == 0;
      writer.add(new OutboundItem(records.get(i), SyntheticOutbox.report(i, changed), NOW, null));
    }
    return writer.finish();
  }
}

package vn.nq57.sync.submission;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * Two push workers (the default): a slow national answer holds one of them while the other keeps
 * sending, and a task's newer revision still waits for its older one.
 */
class PushWorkersTest extends IntegrationTestSupport {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-08-25T09:00:00+07:00");

  /**
   * Under the test's read timeout (1.5 s): slow, not failed. Should the answer still time out on a
   * loaded machine, only its first is slow; the retry is answered at once.
   */
  private static final int SLOW_MILLIS = 1_200;

  @Autowired Outbox outbox;
  @Autowired DeliveryControl delivery;

  @Test
  void aSlowAnswerHoldsOneWorkerWhileTheOtherSends() {
    List<Long> records = SyntheticOutbox.sourceRecords(jdbc, "workers", 200);
    delivery.pause("test", "queue first");
    write(SyntheticOutbox.run(jdbc, "WEEK"), "WEEK", records, false); // tasks 0–99, 100–199
    answerSlowlyFor("NQ57.T.0");

    delivery.resume("test", "send");

    // The first submission is claimed first; one worker alone would send the second only after
    // the first's slow answer. Two: the second is sent while the first's answer trickles in.
    List<OffsetDateTime> sent = awaitSentTimes(2);
    assertThat(sent.get(1)).isBefore(sent.get(0));
  }

  @Test
  void aTasksNewerRevisionWaitsForItsOlderSubmission() {
    List<Long> records = SyntheticOutbox.sourceRecords(jdbc, "order", 100);
    delivery.pause("test", "queue first");
    write(SyntheticOutbox.run(jdbc, "WEEK"), "WEEK", records, false);
    write(SyntheticOutbox.run(jdbc, "DAY"), "DAY", records, true); // the same 100 tasks, changed
    answerSlowlyFor("NQ57.T.0");

    delivery.resume("test", "send");

    // The idle worker does not send the newer revisions while the older ones are on their way.
    List<OffsetDateTime> sent = awaitSentTimes(2);
    assertThat(sent.get(1)).isAfterOrEqualTo(sent.get(0));
    assertThat(
            jdbc.sql(
                    "SELECT DISTINCT i.revision FROM submission_item i JOIN submission s"
                        + " ON s.id = i.submission_id ORDER BY i.revision")
                .query(Integer.class)
                .list())
        .containsExactly(1, 2);
  }

  /** The first post of the submission that holds the task is answered after a while. */
  private static void answerSlowlyFor(String taskCode) {
    NationalApiStub.stubPost(DeliveryFaultsTest.accepted());
    NationalApiStub.SERVER.stubFor(
        post(urlEqualTo("/api/v1/task-reports"))
            .atPriority(0)
            .inScenario("slow")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("answered")
            .withRequestBody(matchingJsonPath("$.items[0].taskCode", equalTo(taskCode)))
            .willReturn(DeliveryFaultsTest.accepted().withFixedDelay(SLOW_MILLIS)));
  }

  private void write(long runId, String period, List<Long> records, boolean changed) {
    OutboxWriter writer =
        outbox.writer(runId, period, period.equals("DAY") ? "2025-08-25" : "2025-W35", changed);
    for (int i = 0; i < records.size(); i++) {
      writer.add(new OutboundItem(records.get(i), SyntheticOutbox.report(i, changed), NOW, null));
    }
    writer.finish();
  }

  /** When each submission (by id) was sent, once all {@code count} are. */
  private List<OffsetDateTime> awaitSentTimes(int count) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM submission WHERE sent_at IS NOT NULL")
                    .query(Integer.class)
                    .single(),
            sent -> sent == count);
    return jdbc.sql("SELECT sent_at FROM submission ORDER BY id")
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
        .list();
  }
}

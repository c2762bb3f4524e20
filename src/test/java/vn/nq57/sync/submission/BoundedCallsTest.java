package vn.nq57.sync.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * A huge national answer is a transient failure of that call only: refused past the size cap (4
 * MB), then retried with the same key. (The trickle is tested on the client itself:
 * national.BoundedAnswersTest.)
 */
class BoundedCallsTest extends IntegrationTestSupport {

  @Test
  void refusesAHugeAnswerAndRetries() throws Exception {
    String padding = "x".repeat(5 * 1024 * 1024);
    DeliveryFaultsTest.failFirstThenAccept(
        DeliveryFaultsTest.accepted()
            .withBody(
                "{\"submissionId\":\"S-1\",\"status\":\"RECEIVED\",\"pad\":\"" + padding + "\"}"));
    drop(sampleReport(), "bao-cao.csv");

    var posts = DeliveryFaultsTest.awaitPosts(2);
    DeliveryFaultsTest.completeAll(posts.get(1));
    await().atMost(Duration.ofSeconds(30)).until(() -> state().equals("COMPLETED"));
    assertThat(firstError()).contains("larger than 4194304 bytes");
  }

  private String state() {
    return jdbc.sql("SELECT coalesce(max(state), '') FROM submission").query(String.class).single();
  }

  private String firstError() {
    return jdbc.sql(
            "SELECT message FROM submission_attempt WHERE outcome = 'RETRY' ORDER BY id LIMIT 1")
        .query(String.class)
        .single();
  }
}

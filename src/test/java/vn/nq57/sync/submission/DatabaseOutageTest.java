package vn.nq57.sync.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.nq57.sync.submission.DeliveryFaultsTest.accepted;
import static vn.nq57.sync.submission.DeliveryFaultsTest.awaitPosts;
import static vn.nq57.sync.submission.DeliveryFaultsTest.completeAll;
import static vn.nq57.sync.submission.DeliveryFaultsTest.failFirstThenAccept;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * The database connection is lost while a POST is in flight. In a context (and database) of its
 * own, because every connection of the adapter is killed.
 */
@TestPropertySource(properties = "nq57.test.context=database-outage")
class DatabaseOutageTest extends IntegrationTestSupport {

  @Test
  void recoversWhenTheDatabaseConnectionIsLostWhileAPostIsInFlight() throws Exception {
    failFirstThenAccept(
        accepted().withFixedDelay(1_000), accepted().withHeader("Idempotent-Replayed", "true"));
    drop(sampleReport(), "bao-cao.csv");
    awaitPosts(1);
    // Every other connection of the adapter dies, the pusher's (holding the claim) among them.
    jdbc.sql(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()")
        .query(Integer.class)
        .single();
    List<LoggedRequest> posts = awaitPosts(2);
    completeAll(posts.get(1));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.sql("SELECT state FROM submission")
                    .query(String.class)
                    .list()
                    .equals(List.of("COMPLETED")));
    assertThat(posts)
        .extracting(p -> p.getHeader("Idempotency-Key"))
        .containsOnly(posts.get(0).getHeader("Idempotency-Key"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM submission_item WHERE state = 'ACCEPTED'")
                .query(Integer.class)
                .single())
        .isEqualTo(43);
  }
}

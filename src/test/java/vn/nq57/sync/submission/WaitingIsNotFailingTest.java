package vn.nq57.sync.submission;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * A national maintenance window or rate limit makes the adapter wait, never fail; give-up is
 * decided by elapsed time; every attempt, wait and replay stays in the submission's history.
 */
class WaitingIsNotFailingTest extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;

  @Test
  void ridesOutAMaintenanceWindowLongerThanAnyAttemptLimitWithoutFailing() throws Exception {
    // Twelve 503s with Retry-After: more than the eight attempts that used to end in FAILED.
    answerFirst(12, NationalApiStub.problem(503, "MAINTENANCE").withHeader("Retry-After", "1"));
    drop(sampleReport(), "bao-cao.csv");

    await().atMost(Duration.ofSeconds(20)).until(() -> submission().path("history").size() >= 2);
    JsonNode waiting = submission();
    assertThat(waiting.path("state").asString()).isEqualTo("PENDING");
    assertThat(waiting.path("lastError").asString()).startsWith("waiting until ");
    assertThat(waiting.path("nextAttemptAt").isNull()).isFalse();
    assertThat(waiting.path("attempts").asInt()).isZero();

    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> posts =
        DeliveryFaultsTest.awaitPosts(13);
    DeliveryFaultsTest.completeAll(posts.get(posts.size() - 1));
    await().atMost(Duration.ofSeconds(30)).until(() -> state().equals("COMPLETED"));

    JsonNode done = submission();
    assertThat(done.path("attempts").asInt()).isEqualTo(1);
    assertThat(done.path("lastError").isNull()).isTrue();
    assertThat(outcomes(done)).containsOnly("WAITED", "SENT").contains("SENT");
    assertThat(outcomes(done).stream().filter("WAITED"::equals).count()).isEqualTo(12);
    assertThat(done.path("history").get(0).path("httpStatus").asInt()).isEqualTo(503);
    assertThat(done.path("history").get(0).path("nationalCode").asString())
        .isEqualTo("MAINTENANCE");
  }

  @Test
  void givesUpByElapsedTimeNotByCount() {
    NationalApiStub.stubPost(NationalApiStub.problem(500, "INTERNAL"));
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(20)).until(() -> submission().path("attempts").asInt() >= 1);
    assertThat(state()).isEqualTo("PENDING");

    jdbc.sql("UPDATE submission SET give_up_at = created_at, next_attempt_at = created_at")
        .update();

    await().atMost(Duration.ofSeconds(20)).until(() -> state().equals("FAILED"));
    assertThat(submission().path("lastError").asString()).startsWith("gave up at ");
    assertThat(outcomes(submission())).endsWith("FAILED");
  }

  @Test
  void keepsTheFailureAndWhoReplayedItWhyInTheHistory() throws Exception {
    DeliveryFaultsTest.failFirstThenAccept(NationalApiStub.problem(403, "NOT_ASSIGNED_TO_UNIT"));
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(20)).until(() -> state().equals("FAILED"));

    operator()
        .postForEntity(
            "/api/delivery/replay",
            Map.of("allFailed", true, "reason", "unit assignment corrected"),
            String.class);
    DeliveryFaultsTest.completeAll(DeliveryFaultsTest.awaitPosts(2).get(1));
    await().atMost(Duration.ofSeconds(30)).until(() -> state().equals("COMPLETED"));

    JsonNode done = submission();
    // Under load a first call may also time out (RETRY) before the 403: the end is what counts.
    List<String> outcomes = outcomes(done);
    assertThat(outcomes).endsWith("FAILED", "REPLAYED", "SENT");
    JsonNode failed = done.path("history").get(outcomes.size() - 3);
    assertThat(failed.path("httpStatus").asInt()).isEqualTo(403);
    assertThat(failed.path("nationalCode").asString()).isEqualTo("NOT_ASSIGNED_TO_UNIT");
    JsonNode replayed = done.path("history").get(outcomes.size() - 2);
    assertThat(replayed.path("by").asString()).isEqualTo("operator");
    // The reason as given, and how the replay sent it (RESEND: the stored key and body).
    assertThat(replayed.path("message").asString())
        .isEqualTo("unit assignment corrected [same key, same body]");
    assertThat(done.path("attempts").asInt()).isEqualTo(outcomes.size() - 1);
    assertThat(done.path("lastError").isNull()).isTrue();
  }

  @Test
  void aPollErrorDoesNotOutliveTheAcknowledgement() throws Exception {
    // Every poll fails until the acknowledgement is stubbed (the newer stub wins).
    NationalApiStub.SERVER.stubFor(
        get(urlMatching("/api/v1/submissions/.*"))
            .atPriority(1)
            .willReturn(NationalApiStub.problem(500, "INTERNAL")));
    NationalApiStub.stubPost(DeliveryFaultsTest.accepted());
    drop(sampleReport(), "bao-cao.csv");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> submission().path("lastError").asString("").contains("500"));

    DeliveryFaultsTest.completeAll(DeliveryFaultsTest.awaitPosts(1).get(0));
    await().atMost(Duration.ofSeconds(30)).until(() -> state().equals("COMPLETED"));
    assertThat(submission().path("lastError").isNull()).isTrue();
  }

  private static void answerFirst(int times, ResponseDefinitionBuilder answer) {
    for (int i = 0; i < times; i++) {
      NationalApiStub.SERVER.stubFor(
          post(urlEqualTo("/api/v1/task-reports"))
              .atPriority(1)
              .inScenario("window")
              .whenScenarioStateIs(i == 0 ? STARTED : "after-" + i)
              .willSetStateTo("after-" + (i + 1))
              .willReturn(answer));
    }
    NationalApiStub.SERVER.stubFor(
        post(urlEqualTo("/api/v1/task-reports"))
            .atPriority(1)
            .inScenario("window")
            .whenScenarioStateIs("after-" + times)
            .willReturn(DeliveryFaultsTest.accepted()));
  }

  private JsonNode submission() {
    Long id = jdbc.sql("SELECT max(id) FROM submission").query(Long.class).optional().orElse(null);
    if (id == null) {
      return JSON.createObjectNode();
    }
    return JSON.readTree(operator().getForObject("/api/submissions/" + id, String.class));
  }

  private String state() {
    return jdbc.sql("SELECT coalesce(max(state), '') FROM submission").query(String.class).single();
  }

  private static List<String> outcomes(JsonNode submission) {
    return submission.path("history").valueStream().map(h -> h.path("outcome").asString()).toList();
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }
}

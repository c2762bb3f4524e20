package vn.nq57.sync.submission;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.run.PeriodType;
import vn.nq57.sync.run.SyncRunService;
import vn.nq57.sync.run.TriggerKind;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * One test per fault of the national API. Each asserts what the national side received: the same
 * Idempotency-Key and body on every attempt (so the contract stores the report once), and every
 * item acknowledged once, nothing missing.
 */
class DeliveryFaultsTest extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "S-2025-000900";

  @Autowired private DeliveryControl control;
  @Autowired private SyncRunService runs;

  @ParameterizedTest(name = "HTTP {0} then 202")
  @ValueSource(ints = {500, 502, 504})
  void retriesAServerErrorWithTheSameKeyUntilAccepted(int status) throws Exception {
    failFirstThenAccept(NationalApiStub.problem(status, "INTERNAL_ERROR"));
    assertDeliveredOnce(2);
  }

  @ParameterizedTest(name = "HTTP {0} with Retry-After")
  @ValueSource(ints = {429, 503})
  void waitsForRetryAfterBeforeTheNextAttempt(int status) throws Exception {
    failFirstThenAccept(
        NationalApiStub.problem(status, status == 429 ? "RATE_LIMITED" : "MAINTENANCE")
            .withHeader("Retry-After", "2"));
    List<LoggedRequest> posts = assertDeliveredOnce(2);
    long waited = posts.get(1).getLoggedDate().getTime() - posts.get(0).getLoggedDate().getTime();
    assertThat(waited).isGreaterThanOrEqualTo(1900);
  }

  @Test
  void retriesAConnectionResetWithTheSameKey() throws Exception {
    failFirstThenAccept(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    assertDeliveredOnce(2);
  }

  @Test
  void resolvesAResponseLostAfterTheServerProcessedItByRetryingTheSameKey() throws Exception {
    // The server stored the report, then the connection dropped: the retry gets the replay.
    failFirstThenAccept(
        aResponse().withFault(Fault.EMPTY_RESPONSE),
        accepted().withHeader("Idempotent-Replayed", "true"));
    assertDeliveredOnce(2);
  }

  @Test
  void treatsAResponsePastTheTimeoutAsAnUnknownOutcomeAndRetriesTheSameKey() throws Exception {
    failFirstThenAccept(accepted().withFixedDelay(3_000));
    assertDeliveredOnce(2);
  }

  @Test
  void retriesAnAcceptanceWithMalformedJsonWithTheSameKey() throws Exception {
    failFirstThenAccept(
        aResponse()
            .withStatus(202)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"sub"));
    assertDeliveredOnce(2);
  }

  @Test
  void resendsUnderANewKeyWhenTheKeyWasUsedForAnotherBody() throws Exception {
    failFirstThenAccept(NationalApiStub.problem(422, "IDEMPOTENCY_KEY_REUSED"));
    drop(sampleReport(), "bao-cao.csv");
    List<LoggedRequest> posts = awaitPosts(2);
    assertThat(posts.get(1).getHeader("Idempotency-Key"))
        .isNotEqualTo(posts.get(0).getHeader("Idempotency-Key"));
    assertThat(posts.get(1).getBodyAsString()).isEqualTo(posts.get(0).getBodyAsString());
    completeAll(posts.get(1));
    awaitSubmission("COMPLETED");
  }

  @Test
  void sendsNothingWhilePausedAndEverythingAfterResume() throws Exception {
    control.pause("test", "national maintenance announced");
    try {
      NationalApiStub.stubPost(accepted());
      drop(sampleReport(), "bao-cao.csv");
      await().atMost(Duration.ofSeconds(10)).until(() -> submissionState().equals("PENDING"));
      Thread.sleep(1_000); // several push intervals pass while paused
      assertThat(NationalApiStub.reportPosts()).isEmpty();
    } finally {
      control.resume("test", "maintenance over");
    }
    completeAll(awaitPosts(1).get(0));
    awaitSubmission("COMPLETED");
  }

  @Test
  void sendsAStaleTaskAgainUnderAHigherRevisionOnTheNextRun() throws Exception {
    NationalApiStub.stubPost(accepted());
    drop(sampleReport(), "bao-cao.csv");
    LoggedRequest post = awaitPosts(1).get(0);
    NationalApiStub.completeSubmission(
        ID,
        post.getBodyAsString(),
        item ->
            item.path("taskCode").asString().equals("NQ57.KL.PL1.01")
                ? NationalApiStub.rejected(item, "revision", "STALE_REVISION")
                : NationalApiStub.accepted(item, "R-" + item.path("localRef").asString()));
    awaitSubmission("COMPLETED");
    NationalApiStub.reset();
    NationalApiStub.stubPost(accepted());

    runs.periodic(PeriodType.DAY, TriggerKind.MANUAL);
    JsonNode resent = JSON.readTree(awaitPosts(1).get(0).getBodyAsString());
    assertThat(resent.path("items")).hasSize(1);
    assertThat(resent.path("items").path(0).path("taskCode").asString())
        .isEqualTo("NQ57.KL.PL1.01");
    assertThat(resent.path("items").path(0).path("revision").asInt()).isEqualTo(2);
  }

  static void failFirstThenAccept(ResponseDefinitionBuilder failure) {
    failFirstThenAccept(failure, accepted());
  }

  static void failFirstThenAccept(
      ResponseDefinitionBuilder failure, ResponseDefinitionBuilder then) {
    NationalApiStub.SERVER.stubFor(
        post(urlEqualTo("/api/v1/task-reports"))
            .atPriority(1)
            .inScenario("fault")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("recovered")
            .willReturn(failure));
    NationalApiStub.SERVER.stubFor(
        post(urlEqualTo("/api/v1/task-reports"))
            .atPriority(1)
            .inScenario("fault")
            .whenScenarioStateIs("recovered")
            .willReturn(then));
  }

  private List<LoggedRequest> assertDeliveredOnce(int expectedPosts) throws Exception {
    drop(sampleReport(), "bao-cao.csv");
    List<LoggedRequest> posts = awaitPosts(expectedPosts);
    completeAll(posts.get(posts.size() - 1));
    awaitSubmission("COMPLETED");
    assertThat(posts)
        .extracting(p -> p.getHeader("Idempotency-Key"))
        .containsOnly(posts.get(0).getHeader("Idempotency-Key"));
    assertThat(posts)
        .extracting(LoggedRequest::getBodyAsString)
        .containsOnly(posts.get(0).getBodyAsString());
    assertThat(
            jdbc.sql("SELECT count(*) FROM submission_item WHERE state = 'ACCEPTED'")
                .query(Integer.class)
                .single())
        .isEqualTo(43);
    assertThat(
            jdbc.sql("SELECT count(DISTINCT local_ref) FROM submission_item")
                .query(Integer.class)
                .single())
        .isEqualTo(43);
    assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Integer.class).single())
        .isEqualTo(1);
    return posts;
  }

  static void completeAll(LoggedRequest post) throws Exception {
    NationalApiStub.completeSubmission(
        ID,
        post.getBodyAsString(),
        item -> NationalApiStub.accepted(item, "R-" + item.path("localRef").asString()));
  }

  static ResponseDefinitionBuilder accepted() {
    return aResponse()
        .withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"submissionId\":\""
                + ID
                + "\",\"status\":\"RECEIVED\","
                + "\"receivedAt\":\"2025-08-25T09:00:01+07:00\",\"itemCount\":43}");
  }

  static List<LoggedRequest> awaitPosts(int count) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> NationalApiStub.reportPosts().size() >= count);
    return NationalApiStub.reportPosts();
  }

  void awaitSubmission(String state) {
    // 60 s: after the lost-connection test the pool takes up to its 30 s connection timeout to
    // heal.
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql("SELECT id || ':' || state || ':run ' || run_id FROM submission")
                            .query(String.class)
                            .list())
                    .hasSize(1)
                    .allMatch(s -> s.contains(":" + state + ":")));
  }

  private String submissionState() {
    return jdbc.sql("SELECT coalesce(max(state), '') FROM submission").query(String.class).single();
  }
}

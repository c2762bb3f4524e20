package vn.nq57.sync.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.national.TokenReset;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * The whole flow on the real sample report: pull → map → push → acknowledge → record, against
 * WireMock playing the national API by the contract, read back through the operator API.
 */
class SyncFlowTest extends IntegrationTestSupport {

  private static final String REJECTED_TASK = "NQ57.KL.PL1.21";

  @Autowired private TestRestTemplate rest;
  @Autowired private ApplicationContext context;

  @Test
  void deliversEverySampleRowToARecordedOutcomeThroughExpiredTokenAndMaintenance()
      throws Exception {
    TokenReset.forget(context);
    stubExpiredTokenThenMaintenanceThenAccepted("S-2025-000777");

    drop(sampleReport(), "bao-cao-phu-luc-I.csv");
    LoggedRequest accepted = awaitReportPosts(3).get(2);
    NationalApiStub.completeSubmission(
        "S-2025-000777",
        accepted.getBodyAsString(),
        item ->
            item.path("taskCode").asString().equals(REJECTED_TASK)
                ? NationalApiStub.rejected(item, "taskCode", "NOT_ASSIGNED_TO_UNIT")
                : NationalApiStub.accepted(item, "R-51-2025-" + item.path("localRef").asString()));

    JsonNode run = awaitCompletedRun();
    assertThat(run.path("pulled").asInt()).isEqualTo(51);
    assertThat(run.path("parked").asInt()).isEqualTo(8);
    assertThat(run.path("mapped").asInt()).isEqualTo(43);
    assertThat(run.path("queued").asInt()).isEqualTo(43);
    assertThat(run.path("sent").asInt()).isEqualTo(43);
    assertThat(run.path("accepted").asInt()).isEqualTo(42);
    assertThat(run.path("rejected").asInt()).isEqualTo(1);
    assertThat(run.path("failed").asInt()).isZero();

    List<LoggedRequest> posts = NationalApiStub.reportPosts();
    assertThat(posts).extracting(p -> p.getHeader("Idempotency-Key")).containsOnly(key(posts));
    assertThat(posts)
        .extracting(LoggedRequest::getBodyAsString)
        .containsOnly(accepted.getBodyAsString());
    assertThat(NationalApiStub.tokenRequests()).hasSize(2);
    assertThat(posts.get(2).getHeaders().keys())
        .noneMatch(h -> h.startsWith("Camel") || h.equalsIgnoreCase("runId"));
    assertThat(doneFiles()).anyMatch(name -> name.endsWith("bao-cao-phu-luc-I.csv"));
  }

  @Test
  void recordsReceiptNumbersAndRejectionErrorsPerItem() throws Exception {
    String body = deliverSample("S-2025-000778");
    JsonNode submissions = getJson("/api/submissions");
    JsonNode items = submissions.path(0).path("items");
    assertThat(submissions.path(0).path("state").asString()).isEqualTo("COMPLETED");
    assertThat(submissions.path(0).path("nationalSubmissionId").asString())
        .isEqualTo("S-2025-000778");
    assertThat(items).hasSize(43);
    JsonNode rejected =
        stream(items)
            .filter(i -> i.path("taskCode").asString().equals(REJECTED_TASK))
            .findFirst()
            .orElseThrow();
    assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");
    assertThat(rejected.path("errors").path(0).path("code").asString())
        .isEqualTo("NOT_ASSIGNED_TO_UNIT");
    assertThat(stream(items).filter(i -> i.path("state").asString().equals("ACCEPTED")))
        .allMatch(i -> i.path("receiptNo").asString().startsWith("R-51-2025-PL1:"))
        .hasSize(42);
    assertThat(body).contains("\"period\":{\"type\":\"DAY\",\"id\":\"2025-08-25\"}");
  }

  @Test
  void parksRowsThatCannotBeMappedWithReasonAndLocation() throws Exception {
    deliverSample("S-2025-000779");
    long runId = getJson("/api/runs").path(0).path("id").asLong();
    JsonNode parked = getJson("/api/runs/" + runId + "/parked");
    assertThat(stream(parked).map(p -> p.path("code").asString()))
        .containsExactlyInAnyOrder(
            "NO_TASK_CODE",
            "DATE_UNRECOGNISED",
            "COMPLETED_WITHOUT_DATE",
            "COMPLETED_WITHOUT_DATE",
            "COMPLETED_WITHOUT_DATE",
            "STATUS_MISSING",
            "STATUS_MISSING",
            "STATUS_MISSING");
    JsonNode badDate =
        stream(parked)
            .filter(p -> p.path("code").asString().equals("DATE_UNRECOGNISED"))
            .findFirst()
            .orElseThrow();
    assertThat(badDate.path("location").asString()).isEqualTo("bao-cao-phu-luc-I.csv row 24");
    assertThat(badDate.path("reason").asString()).contains("22/6-2025");
  }

  @Test
  void dailyRunAfterwardsSendsNothingUnchangedAndWeeklyRunResendsOpenTasksAtSameRevision()
      throws Exception {
    deliverSample("S-2025-000780");
    NationalApiStub.reset();

    JsonNode daily = startRun("DAY");
    assertThat(daily.path("unchanged").asInt()).isEqualTo(43);
    assertThat(daily.path("queued").asInt()).isZero();
    assertThat(daily.path("state").asString()).isEqualTo("COMPLETED");

    JsonNode weekly = startRun("WEEK");
    assertThat(weekly.path("periodId").asString()).isEqualTo("2025-W35");
    LoggedRequest post = awaitReportPosts(1).get(0);
    JsonNode body = new tools.jackson.databind.ObjectMapper().readTree(post.getBodyAsString());
    assertThat(body.path("period").path("type").asString()).isEqualTo("WEEK");
    assertThat(stream(body.path("items")).map(i -> i.path("status").asString()))
        .doesNotContain("COMPLETED");
    assertThat(stream(body.path("items")).map(i -> i.path("revision").asInt())).containsOnly(1);
    assertThat(weekly.path("queued").asInt()).isEqualTo(body.path("items").size()).isPositive();
  }

  @Test
  void readsTheSameFileContentOnlyOnce() throws Exception {
    deliverSample("S-2025-000781");
    drop(sampleReport(), "bao-cao-lai.csv");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> doneFiles().stream().anyMatch(n -> n.endsWith("bao-cao-lai.csv")));
    assertThat(getJson("/api/runs")).hasSize(1);
    assertThat(jdbc.sql("SELECT state FROM source_file ORDER BY id").query(String.class).list())
        .containsExactly("READ", "DUPLICATE");
  }

  @Test
  void failsTheRunLoudlyAndMovesAFileWithoutTheExpectedHeaderToTheErrorFolder() throws Exception {
    Path file = Files.createTempFile("not-a-report", ".csv");
    Files.writeString(file, "a,b,c\n1,2,3\n");
    drop(file, "khong-dung-mau.csv");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> errorFiles().stream().anyMatch(n -> n.endsWith("khong-dung-mau.csv")));
    JsonNode run = getJson("/api/runs").path(0);
    assertThat(run.path("state").asString()).isEqualTo("FAILED");
    assertThat(run.path("error").asString()).contains("Tên nhiệm vụ");
    assertThat(NationalApiStub.reportPosts()).isEmpty();
  }

  @Test
  void keepsAPermanentlyRefusedSubmissionAsFailedWithTheNationalErrorCode() throws Exception {
    NationalApiStub.stubPost(NationalApiStub.problem(422, "SCHEMA_VIOLATION"));
    drop(sampleReport(), "bao-cao-phu-luc-I.csv");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> getJson("/api/submissions?state=FAILED").size() == 1);
    JsonNode failed = getJson("/api/submissions?state=FAILED").path(0);
    assertThat(failed.path("lastError").asString()).contains("422").contains("SCHEMA_VIOLATION");
    assertThat(stream(failed.path("items")).map(i -> i.path("state").asString()))
        .containsOnly("FAILED");
    assertThat(NationalApiStub.reportPosts()).hasSize(1);
  }

  @Test
  void refusesTheOperatorApiWithoutCredentials() {
    ResponseEntity<String> answer =
        new TestRestTemplate().getForEntity(rest.getRootUri() + "/api/runs", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String deliverSample(String submissionId) throws Exception {
    NationalApiStub.SERVER.stubFor(
        post(urlEqualTo("/api/v1/task-reports"))
            .atPriority(1)
            .willReturn(okJson(accepted(submissionId)).withStatus(202)));
    drop(sampleReport(), "bao-cao-phu-luc-I.csv");
    String body = awaitReportPosts(1).get(0).getBodyAsString();
    NationalApiStub.completeSubmission(
        submissionId,
        body,
        item ->
            item.path("taskCode").asString().equals(REJECTED_TASK)
                ? NationalApiStub.rejected(item, "taskCode", "NOT_ASSIGNED_TO_UNIT")
                : NationalApiStub.accepted(item, "R-51-2025-" + item.path("localRef").asString()));
    awaitCompletedRun();
    return body;
  }

  private void stubExpiredTokenThenMaintenanceThenAccepted(String submissionId) {
    var server = NationalApiStub.SERVER;
    server.stubFor(
        post(urlEqualTo("/oauth2/token"))
            .atPriority(1)
            .inScenario("token")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("renewed")
            .willReturn(
                okJson(
                    "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
    server.stubFor(
        post(urlEqualTo("/oauth2/token"))
            .atPriority(1)
            .inScenario("token")
            .whenScenarioStateIs("renewed")
            .willReturn(
                okJson(
                    "{\"access_token\":\"token-2\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
    server.stubFor(
        post(urlEqualTo("/api/v1/task-reports"))
            .atPriority(1)
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .willReturn(NationalApiStub.problem(401, "TOKEN_EXPIRED")));
    server.stubFor(
        post(urlEqualTo("/api/v1/task-reports"))
            .atPriority(1)
            .inScenario("maintenance")
            .withHeader("Authorization", equalTo("Bearer token-2"))
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("up")
            .willReturn(
                NationalApiStub.problem(503, "MAINTENANCE").withHeader("Retry-After", "1")));
    server.stubFor(
        post(urlEqualTo("/api/v1/task-reports"))
            .atPriority(1)
            .inScenario("maintenance")
            .withHeader("Authorization", equalTo("Bearer token-2"))
            .whenScenarioStateIs("up")
            .willReturn(
                aResponse()
                    .withStatus(202)
                    .withHeader("Content-Type", "application/json")
                    .withBody(accepted(submissionId))));
  }

  private static String accepted(String submissionId) {
    return "{\"submissionId\":\""
        + submissionId
        + "\",\"status\":\"RECEIVED\","
        + "\"receivedAt\":\"2025-08-25T09:00:01+07:00\",\"itemCount\":43}";
  }

  private static String key(List<LoggedRequest> posts) {
    return posts.get(0).getHeader("Idempotency-Key");
  }

  private List<LoggedRequest> awaitReportPosts(int count) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> NationalApiStub.reportPosts().size() >= count);
    return NationalApiStub.reportPosts();
  }

  private JsonNode awaitCompletedRun() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> getJson("/api/runs").path(0).path("state").asString().equals("COMPLETED"));
    return getJson("/api/runs").path(0);
  }

  private JsonNode startRun(String period) {
    ResponseEntity<JsonNode> answer =
        operator().postForEntity("/api/runs", java.util.Map.of("period", period), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return answer.getBody();
  }

  private JsonNode getJson(String path) {
    ResponseEntity<JsonNode> answer = operator().getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }

  private List<String> doneFiles() throws Exception {
    return listNames(inbox.resolve(".done"));
  }

  private List<String> errorFiles() throws Exception {
    return listNames(inbox.resolve(".error"));
  }

  private static List<String> listNames(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false);
  }
}

package vn.nq57.sync.run;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.sandbox.ContractBodies;
import vn.nq57.sync.scheduling.ScheduledRuns;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * Indicator reports end to end: an indicator sheet dropped into its inbox is stored, mapped with
 * the indicator mapping, queued in the outbox and posted to /api/v1/indicator-reports (WireMock
 * playing the national API; every body checked against the contract's schema), acknowledged and
 * shown in the run and submission APIs.
 */
class IndicatorReportFlowTest extends IntegrationTestSupport {

  private static final Path SHEET = Path.of("src/main/resources/demo/chi-so-chuyen-doi-so.csv");
  private static final String NATIONAL_ID = "S-2025-000900";
  private static final Path INDICATOR_INBOX = temporaryFolder();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private TestRestTemplate rest;
  @Autowired private ScheduledRuns scheduledRuns;

  @DynamicPropertySource
  static void indicatorSource(DynamicPropertyRegistry registry) {
    String source = "nq57.sources.indicators.kpi-sheets.";
    registry.add(source + "kind", () -> "spreadsheet");
    registry.add(source + "mapping", () -> "chi-so-chuyen-doi-so");
    registry.add(source + "spreadsheet.inbox", INDICATOR_INBOX::toString);
    registry.add(source + "spreadsheet.poll-interval", () -> "200ms");
    registry.add(source + "spreadsheet.settle-time", () -> "200ms");
  }

  @Test
  void postsTheSheetAsAContractValidIndicatorReportAndRecordsEveryReceipt() throws Exception {
    String body = deliver(SHEET);

    assertThat(ContractBodies.violations(ContractBodies.INDICATOR_REPORT_BATCH, body)).isEmpty();
    JsonNode batch = JSON.readTree(body);
    assertThat(batch.path("reportingUnitCode").asString()).isEqualTo("51");
    assertThat(batch.path("period").path("type").asString()).isEqualTo("MONTH");
    assertThat(batch.path("period").path("id").asString()).isEqualTo("2025-08");
    assertThat(items(batch))
        .extracting(
            i -> i.path("indicatorCode").asString(),
            i -> i.path("value").decimalValue().stripTrailingZeros().toPlainString(),
            i -> i.path("unit").asString(),
            i -> i.path("revision").asInt())
        .containsExactly(
            tuple("CDS.TTHC.SO_HOA_HO_SO", "78.52", "%", 1),
            tuple("CDS.TTHC.TAI_SU_DUNG_DU_LIEU", "78.43", "%", 1),
            // "19/61" read as the mapping says (value.fraction: percent), never guessed.
            tuple("CDS.HTTT.KET_NOI_TW", "31.15", "%", 1),
            tuple("CDS.HT.XA_CO_TSLCD", "100", "%", 1));
    assertThat(NationalApiStub.reportPosts()).isEmpty();

    JsonNode run = getJson("/api/runs").get(0);
    assertThat(run.path("kind").asString()).isEqualTo("INDICATOR_REPORT");
    assertThat(run.path("trigger").asString()).isEqualTo("FILE_DROP");
    assertThat(run.path("state").asString()).isEqualTo("COMPLETED");
    assertThat(run.path("pulled").asInt()).isEqualTo(4);
    assertThat(run.path("accepted").asInt()).isEqualTo(4);

    JsonNode submission = getJson("/api/submissions?kind=INDICATOR_REPORT").get(0);
    assertThat(submission.path("kind").asString()).isEqualTo("INDICATOR_REPORT");
    assertThat(submission.path("state").asString()).isEqualTo("COMPLETED");
    assertThat(items(submission))
        .extracting(
            i -> i.path("indicatorCode").asString(),
            i -> i.path("taskCode").isNull(),
            i -> i.path("state").asString(),
            i -> i.path("receiptNo").asString())
        .contains(tuple("CDS.HTTT.KET_NOI_TW", true, "ACCEPTED", "R-51-2025-CDS.HTTT.KET_NOI_TW"));
    assertThat(getJson("/api/submissions?kind=TASK_REPORT").size()).isZero();
  }

  @Test
  void sendsNothingAgainForTheSamePeriodAndEveryValueUnderAHigherRevisionForTheNext()
      throws Exception {
    String first = deliver(SHEET);

    JsonNode sameMonth = startRun("MONTH");
    assertThat(sameMonth.path("kind").asString()).isEqualTo("INDICATOR_REPORT");
    assertThat(sameMonth.path("mapped").asInt()).isEqualTo(4);
    assertThat(sameMonth.path("unchanged").asInt()).isEqualTo(4);
    assertThat(sameMonth.path("queued").asInt()).isZero();

    startRun("QUARTER");
    LoggedRequest quarter = awaitIndicatorPosts(2).get(1);
    JsonNode batch = JSON.readTree(quarter.getBodyAsString());
    assertThat(ContractBodies.violations(ContractBodies.INDICATOR_REPORT_BATCH, batch.toString()))
        .isEmpty();
    assertThat(batch.path("period").path("id").asString()).isEqualTo("2025-Q3");
    assertThat(items(batch)).extracting(i -> i.path("revision").asInt()).containsOnly(2);
    assertThat(quarter.getHeader("Idempotency-Key"))
        .isNotEqualTo(NationalApiStub.indicatorPosts().get(0).getHeader("Idempotency-Key"));
    assertThat(first).isNotEqualTo(quarter.getBodyAsString());
    awaitEverySubmissionCompleted();
  }

  @Test
  void parksWhatTheMappingCannotReadWithItsReasonAndTheCellText() throws Exception {
    String sheet =
        """
        Chỉ tiêu,Kết quả,Đơn vị tính,Ghi chú
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC","đạt 78,52% (Quảng Ngãi cũ) và 87,43% (Kon Tum cũ)",,
        "Tỷ lệ tái sử dụng dữ liệu","23,17%",,
        "Tỷ lệ HTTT, CSDL của tỉnh kết nối với hệ thống bộ, ngành Trung ương",19/61,,
        """;
    dropIndicators(sheet, "chi-so-parked.csv");

    String body = awaitIndicatorPosts(1).get(0).getBodyAsString();
    assertThat(items(JSON.readTree(body)))
        .extracting(i -> i.path("indicatorCode").asString())
        .containsExactly("CDS.HTTT.KET_NOI_TW");
    NationalApiStub.completeSubmission(
        NATIONAL_ID, body, item -> NationalApiStub.accepted(item, "R-51-2025-000001"));
    awaitEverySubmissionCompleted();
    JsonNode run = getJson("/api/runs").get(0);
    Map<String, String> parked =
        items(getJson("/api/runs/" + run.path("id").asLong() + "/parked")).stream()
            .collect(
                Collectors.toMap(p -> p.path("code").asString(), p -> p.path("reason").asString()));
    assertThat(parked).containsOnlyKeys("INDICATOR_VALUE_AMBIGUOUS", "KEY_MISSING");
    assertThat(parked.get("INDICATOR_VALUE_AMBIGUOUS"))
        .contains("'đạt 78,52% (Quảng Ngãi cũ) và 87,43% (Kon Tum cũ)'");
    assertThat(parked.get("KEY_MISSING")).contains("'Tỷ lệ tái sử dụng dữ liệu'", "codeMap");
  }

  @Test
  void retriesAnIndicatorReportWithTheSameKeyAndBodyWhenTheNationalSideAsksToWait()
      throws Exception {
    NationalApiStub.SERVER.stubFor(
        post(urlEqualTo("/api/v1/indicator-reports"))
            .atPriority(1)
            .inScenario("maintenance")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("over")
            .willReturn(
                NationalApiStub.problem(503, "MAINTENANCE").withHeader("Retry-After", "1")));

    String body = deliver(SHEET);

    List<LoggedRequest> posts = NationalApiStub.indicatorPosts();
    assertThat(posts).hasSize(2);
    assertThat(posts)
        .extracting(p -> p.getHeader("Idempotency-Key"))
        .containsOnly(posts.get(0).getHeader("Idempotency-Key"));
    assertThat(posts).extracting(LoggedRequest::getBodyAsString).containsOnly(body);
    JsonNode submission = getJson("/api/submissions?kind=INDICATOR_REPORT").get(0);
    assertThat(items(submission.path("history")))
        .extracting(h -> h.path("outcome").asString())
        .containsExactly("WAITED", "SENT");
  }

  @Test
  void theMonthlyIndicatorScheduleReportsItsPeriodOnce() throws Exception {
    deliver(SHEET);

    assertThat(scheduledRuns.indicatorsMonthly()).isPresent();
    assertThat(scheduledRuns.indicatorsMonthly()).isEmpty();
    JsonNode run = getJson("/api/runs").get(0);
    assertThat(run.path("kind").asString()).isEqualTo("INDICATOR_REPORT");
    assertThat(run.path("trigger").asString()).isEqualTo("SCHEDULE");
    assertThat(run.path("periodId").asString()).isEqualTo("2025-08");
  }

  /** Drops the sheet, answers its post as accepted and waits for the run to complete. */
  private String deliver(Path sheet) throws Exception {
    dropIndicators(Files.readString(sheet), "chi-so-chuyen-doi-so.csv");
    String body = awaitIndicatorPosts(1).get(0).getBodyAsString();
    NationalApiStub.completeSubmission(
        NATIONAL_ID,
        body,
        item ->
            NationalApiStub.accepted(item, "R-51-2025-" + item.path("indicatorCode").asString()));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "COMPLETED".equals(getJson("/api/runs").get(0).path("state").asString()));
    return body;
  }

  /** Nothing is left polling when the test ends and the database is cleaned. */
  private void awaitEverySubmissionCompleted() {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                items(getJson("/api/submissions")).stream()
                    .allMatch(s -> "COMPLETED".equals(s.path("state").asString())));
  }

  private void dropIndicators(String content, String name) {
    try {
      Path staged = Files.createTempFile(INDICATOR_INBOX.getParent(), "staged", ".tmp");
      Files.writeString(staged, content, StandardCharsets.UTF_8);
      Files.move(staged, INDICATOR_INBOX.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<LoggedRequest> awaitIndicatorPosts(int count) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> NationalApiStub.indicatorPosts().size() >= count);
    return NationalApiStub.indicatorPosts();
  }

  private JsonNode startRun(String period) {
    ResponseEntity<String> answer =
        operator()
            .postForEntity(
                "/api/runs", Map.of("period", period, "kind", "INDICATOR_REPORT"), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(answer.getBody());
  }

  private JsonNode getJson(String path) {
    ResponseEntity<String> answer = operator().getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(answer.getBody());
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }

  private static List<JsonNode> items(JsonNode node) {
    JsonNode array = node.isArray() ? node : node.path("items");
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static Path temporaryFolder() {
    try {
      return Files.createDirectories(
          Files.createTempDirectory("nq57-indicators-").resolve("inbox"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.nq57.sync.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Scrapes /actuator/prometheus around a run of the sample report: runs, parked rows, national
 * requests (with a 429), acknowledged items and the outbox gauges. Counters live as long as the
 * shared test context, so the test compares them with a scrape taken before the run.
 */
class PrometheusMetricsTest extends IntegrationTestSupport {

  private static final String REJECTED_TASK = "NQ57.KL.PL1.21";
  private static final String RUNS = "nq57_runs_total{outcome=\"completed\",trigger=\"file_drop\"}";
  private static final String PARKED = "nq57_records_parked_total";
  private static final String ACCEPTED = "nq57_items_acknowledged_total{outcome=\"accepted\"}";
  private static final String REJECTED = "nq57_items_acknowledged_total{outcome=\"rejected\"}";
  private static final String REPORTS_OK =
      "nq57_national_requests_total{endpoint=\"task-reports\",outcome=\"success\"}";
  private static final String REPORTS_429 =
      "nq57_national_requests_total{endpoint=\"task-reports\",outcome=\"rate_limited\"}";
  private static final String POLLS_OK =
      "nq57_national_requests_total{endpoint=\"submissions\",outcome=\"success\"}";

  @Autowired private TestRestTemplate rest;
  @Autowired private Clock clock;

  @Test
  void countsARunItsParkedRowsRequestsAndAcknowledgedItems() throws Exception {
    Map<String, Double> before = scrape();
    stubRateLimitedThenAccepted("S-2025-000900");

    drop(sampleReport(), "bao-cao-phu-luc-I.csv");
    await().atMost(Duration.ofSeconds(30)).until(() -> NationalApiStub.reportPosts().size() >= 2);
    NationalApiStub.completeSubmission(
        "S-2025-000900",
        NationalApiStub.reportPosts().get(1).getBodyAsString(),
        item ->
            item.path("taskCode").asString().equals(REJECTED_TASK)
                ? NationalApiStub.rejected(item, "taskCode", "NOT_ASSIGNED_TO_UNIT")
                : NationalApiStub.accepted(item, "R-" + item.path("localRef").asString()));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> value(scrape(), "nq57_submissions{state=\"completed\"}") == 1);

    Map<String, Double> after = scrape();
    assertThat(increase(before, after, RUNS)).isEqualTo(1);
    assertThat(increase(before, after, PARKED)).isEqualTo(8);
    assertThat(increase(before, after, ACCEPTED)).isEqualTo(42);
    assertThat(increase(before, after, REJECTED)).isEqualTo(1);
    assertThat(increase(before, after, REPORTS_429)).isEqualTo(1);
    assertThat(increase(before, after, REPORTS_OK)).isEqualTo(1);
    assertThat(increase(before, after, POLLS_OK)).isGreaterThanOrEqualTo(1);
    assertThat(value(after, "nq57_submissions{state=\"pending\"}")).isZero();
    assertThat(value(after, "nq57_submissions{state=\"failed\"}")).isZero();
    assertThat(value(after, "nq57_submissions_oldest_age_seconds{state=\"sent\"}")).isZero();
    assertThat(after).containsKey("nq57_reports_overdue{schedule=\"daily\"}");
  }

  @Test
  void reportsTheAgeOfTheOldestPendingSubmission() {
    OffsetDateTime anHourAgo = VietnamTime.now(clock).minusHours(1);
    long run =
        jdbc.sql(
                "INSERT INTO sync_run (trigger_kind, period_type, period_id, state, started_at)"
                    + " VALUES ('MANUAL', 'DAY', '2025-08-25', 'QUEUED', :at) RETURNING id")
            .param("at", anHourAgo)
            .query(Long.class)
            .single();
    // Not due for a day, so the pusher leaves it PENDING while the gauge looks at it.
    jdbc.sql(
            "INSERT INTO submission (run_id, kind, period_type, period_id, idempotency_key, body,"
                + " state, next_attempt_at, created_at, updated_at) VALUES (:run, 'TASK_REPORT',"
                + " 'DAY', '2025-08-25', 'metrics-test', '{}', 'PENDING', :due, :at, :at)")
        .param("run", run)
        .param("due", anHourAgo.plusDays(1))
        .param("at", anHourAgo)
        .update();

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> value(scrape(), "nq57_submissions{state=\"pending\"}") == 1);
    assertThat(value(scrape(), "nq57_submissions_oldest_age_seconds{state=\"pending\"}"))
        .isBetween(3600.0, 3700.0);
  }

  @Test
  void showsMetricsToOperatorsButNotToStrangers() {
    ResponseEntity<String> answer =
        new TestRestTemplate()
            .getForEntity(rest.getRootUri() + "/actuator/prometheus", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            rest.withBasicAuth("operator", "operator-test")
                .getForEntity("/actuator/metrics/nq57.runs", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private void stubRateLimitedThenAccepted(String submissionId) {
    NationalApiStub.SERVER.stubFor(
        post(urlEqualTo("/api/v1/task-reports"))
            .atPriority(1)
            .inScenario("rate")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("open")
            .willReturn(
                NationalApiStub.problem(429, "RATE_LIMITED").withHeader("Retry-After", "1")));
    NationalApiStub.SERVER.stubFor(
        post(urlEqualTo("/api/v1/task-reports"))
            .atPriority(1)
            .inScenario("rate")
            .whenScenarioStateIs("open")
            .willReturn(
                okJson(
                        "{\"submissionId\":\""
                            + submissionId
                            + "\",\"status\":\"RECEIVED\","
                            + "\"receivedAt\":\"2025-08-25T09:00:01+07:00\",\"itemCount\":43}")
                    .withStatus(202)));
  }

  /** Every sample of the scrape, keyed by name and labels as Prometheus prints them. */
  private Map<String, Double> scrape() {
    ResponseEntity<String> answer =
        rest.withBasicAuth("operator", "operator-test")
            .getForEntity("/actuator/prometheus", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Double> samples = new TreeMap<>();
    for (String line : answer.getBody().split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int space = line.lastIndexOf(' ');
        samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
      }
    }
    return samples;
  }

  private static double value(Map<String, Double> samples, String series) {
    assertThat(samples).as("series %s", series).containsKey(series);
    return samples.get(series);
  }

  private static double increase(
      Map<String, Double> before, Map<String, Double> after, String series) {
    return value(after, series) - new HashMap<>(before).getOrDefault(series, 0.0);
  }
}

package vn.nq57.sync.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * A run with a REST tracker beside the inbox: pulled incrementally, and when it is down the run
 * records it FAILED, keeps its stored tasks and sends nothing that would blank them.
 */
@TestPropertySource(
    properties = {
      "nq57.sources.instances.tracker.kind=rest",
      "nq57.sources.instances.tracker.mapping=tracker-rest-example",
      "nq57.sources.instances.tracker.rest.base-url=${nq57.national.base-url}/tracker",
      "nq57.sources.instances.tracker.rest.path=/nhiem-vu",
      "nq57.sources.instances.tracker.rest.records-pointer=/data",
      "nq57.sources.instances.tracker.rest.id-field=ma_nhiem_vu",
      "nq57.sources.instances.tracker.rest.updated-since-param=cap_nhat_tu",
      "nq57.sources.instances.tracker.rest.updated-field=cap_nhat_luc",
      "nq57.sources.instances.tracker.rest.max-attempts=2",
      "nq57.sources.instances.tracker.rest.initial-backoff=50ms",
      "nq57.sources.instances.tracker.rest.auth.kind=api-key",
      "nq57.sources.instances.tracker.rest.auth.api-key=test-key"
    })
class SourceRunsTest extends IntegrationTestSupport {

  @Autowired private TestRestTemplate rest;

  @Test
  void pullsTheTrackerIncrementallyAndQueuesItsChangedTasks() {
    tracker(okJson("{\"data\":[" + task(1, "Đang thực hiện") + "," + task(2, "Rác") + "]}"));
    JsonNode run = startDailyRun();
    JsonNode tracker = source(run, "tracker");
    assertThat(tracker.path("outcome").asString()).isEqualTo("PULLED");
    assertThat(tracker.path("pulled").asInt()).isEqualTo(2);
    assertThat(run.path("queued").asInt()).isEqualTo(1);
    assertThat(source(run, "spreadsheet-inbox").path("outcome").asString()).isEqualTo("STORED");
    await().atMost(Duration.ofSeconds(20)).until(() -> NationalApiStub.reportPosts().size() == 1);
    assertThat(jdbc.sql("SELECT watermark FROM source_watermark").query(String.class).single())
        .isEqualTo("2025-08-20T10:02:00+07:00");
    JsonNode parked = operator().getForObject("/api/parked", JsonNode.class);
    assertThat(parked)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path("code").asString()).isEqualTo("STATUS_UNMAPPED");
              assertThat(p.path("location").asString()).isEqualTo("tracker record NV-2");
            });
  }

  @Test
  void anUnavailableTrackerFailsItsPartLoudlyAndBlanksNothing() {
    tracker(okJson("{\"data\":[" + task(1, "Đang thực hiện") + "]}"));
    startDailyRun();
    await().atMost(Duration.ofSeconds(20)).until(() -> NationalApiStub.reportPosts().size() == 1);

    tracker(aResponse().withStatus(503));
    JsonNode run = startDailyRun();
    JsonNode tracker = source(run, "tracker");
    assertThat(tracker.path("outcome").asString()).isEqualTo("FAILED");
    assertThat(tracker.path("error").asString()).contains("503");
    assertThat(run.path("error").asString()).contains("tracker");
    assertThat(run.path("state").asString()).isEqualTo("COMPLETED");
    assertThat(run.path("queued").asInt()).isZero();
    assertThat(
            jdbc.sql("SELECT count(*) FROM source_record WHERE source_id = 'tracker'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(NationalApiStub.reportPosts()).hasSize(1);
  }

  private static void tracker(
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
    NationalApiStub.SERVER.stubFor(get(urlPathEqualTo("/tracker/nhiem-vu")).willReturn(answer));
  }

  private static String task(int id, String status) {
    return "{\"ma_nhiem_vu\":\"NV-"
        + id
        + "\",\"trang_thai\":\""
        + status
        + "\","
        + "\"han_hoan_thanh\":\"31/12/2025\",\"ket_qua\":\"\",\"cap_nhat_luc\":\"2025-08-20T10:0"
        + id
        + ":00+07:00\"}";
  }

  private JsonNode startDailyRun() {
    return operator().postForEntity("/api/runs", Map.of("period", "DAY"), JsonNode.class).getBody();
  }

  private static JsonNode source(JsonNode run, String id) {
    for (JsonNode source : run.path("sources")) {
      if (source.path("sourceId").asString().equals(id)) {
        return source;
      }
    }
    throw new AssertionError("no source " + id + " in " + run);
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }
}

package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.mappingstore.MappingVersions.ActiveMapping;
import vn.nq57.sync.national.TaskStatus;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRow;
import vn.nq57.sync.support.IntegrationTestSupport;

/** A status spelling not in the map is queued; resolving it activates a version that maps it. */
class WorkQueueTest extends IntegrationTestSupport {

  private static final String MAPPING = MappingAdminApiTest.MAPPING;
  private static final String KEY = "PL1:4488504281948109";
  private static final LocalDate TODAY = LocalDate.of(2025, 8, 25);

  @Autowired private TestRestTemplate rest;
  @Autowired private MappingVersions versions;
  @Autowired private UnmappedValues unmapped;
  @Autowired private MappingFileImport files;
  @Autowired private SourceRecordRepository recordRepository;
  @Autowired private MappingSources sources;

  @AfterEach
  void restoreShippedMapping() {
    MappingTables.reset(jdbc, files);
  }

  @Test
  void queuesANewStatusSpellingAndMapsItOnceAnAdminResolvesIt() {
    SourceRecords records = new SourceRecords(recordRepository, sources, jdbc);
    SourceRow row = records.row("Nhiệm vụ một", "Đang  triển khai", "31/12/2025", "");
    ActiveMapping v1 = versions.active(MAPPING);
    MappingOutcome parked = v1.mapping().map(row, KEY, TODAY);
    assertThat(parked).isInstanceOf(MappingOutcome.Parked.class);

    unmapped.recordParked(v1, row, (MappingOutcome.Parked) parked);
    unmapped.recordParked(v1, row, (MappingOutcome.Parked) parked);
    JsonNode queue = get("/api/mappings/work-queue");
    assertThat(queue).hasSize(1);
    JsonNode item = queue.get(0);
    assertThat(item.path("mappingId").asString()).isEqualTo(MAPPING);
    assertThat(item.path("field").asString()).isEqualTo("status");
    assertThat(item.path("rawExample").asString()).isEqualTo("Đang triển khai");
    assertThat(item.path("seenCount").asInt()).isEqualTo(2);
    assertThat(item.path("sourceLocation").asString()).isEqualTo(row.location());

    ResponseEntity<JsonNode> resolved =
        admin()
            .postForEntity(
                "/api/mappings/work-queue/" + item.path("id").asLong() + "/resolve",
                Map.of("target", "IN_PROGRESS", "reason", "the department's word for it"),
                JsonNode.class);
    assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(resolved.getBody().path("state").asString()).isEqualTo("ACTIVE");

    ActiveMapping v2 = versions.active(MAPPING);
    assertThat(v2.version()).isEqualTo(2);
    MappingOutcome mapped = v2.mapping().map(row, KEY, TODAY);
    assertThat(mapped).isInstanceOf(MappingOutcome.Mapped.class);
    assertThat(((MappingOutcome.Mapped) mapped).report().status())
        .isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(get("/api/mappings/work-queue")).isEmpty();
    assertThat(get("/api/mappings/" + MAPPING + "/versions/2").path("author").asString())
        .isEqualTo("admin");
  }

  @Test
  void refusesAResolutionThatIsNotAStatusWithAProblemNamingTheField() {
    unmapped.recordUnmapped(MAPPING, "status", "Hoãn lại", "test.csv row 3");
    long id = get("/api/mappings/work-queue").get(0).path("id").asLong();
    ResponseEntity<JsonNode> answer =
        admin()
            .postForEntity(
                "/api/mappings/work-queue/" + id + "/resolve",
                Map.of("target", "POSTPONED", "reason", "typo"),
                JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(answer.getBody().path("errors").get(0).path("field").asString())
        .isEqualTo("/status/valueMap/Hoãn lại");
    assertThat(get("/api/mappings/work-queue")).hasSize(1);
    assertThat(versions.active(MAPPING).version()).isEqualTo(1);
  }

  private JsonNode get(String path) {
    ResponseEntity<JsonNode> answer =
        rest.withBasicAuth("operator", "operator-test").getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "admin-test");
  }
}

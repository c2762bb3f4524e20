package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * POST /api/mappings/{id}/crosswalk/proposals: national tasks proposed for unlinked local tasks.
 */
class CrosswalkProposalApiTest extends IntegrationTestSupport {

  private static final String PROPOSALS =
      "/api/mappings/" + MappingAdminApiTest.MAPPING + "/crosswalk/proposals";
  private static final String LINKED = "PL1:4488504281948109";
  private static final String UNLINKED = "PL1:00000000000000aa";

  @Autowired private TestRestTemplate rest;
  @Autowired private MappingFileImport files;
  @Autowired private SourceRecordRepository recordRepository;
  @Autowired private MappingSources sources;

  @AfterEach
  void restoreShippedMapping() {
    MappingTables.reset(jdbc, files);
  }

  @Test
  void proposesTheClosestNationalTasksForEachStoredTaskTheCrosswalkLacks() {
    SourceRecords records = new SourceRecords(recordRepository, sources, jdbc);
    records.store(LINKED, "Nhiệm vụ đã có mã", "Đang thực hiện", "31/12/2025", "");
    records.store(
        UNLINKED,
        "Triển khai  nền tảng dữ liệu dùng chung của tỉnh",
        "Đang thực hiện",
        "31/12/2025",
        "");

    ResponseEntity<JsonNode> answer =
        admin()
            .postForEntity(
                PROPOSALS,
                List.of(
                    task("NQ57.X.01", "Đầu tư hạ tầng viễn thông 5G"),
                    task("NQ57.X.02", "Triển khai nền tảng dữ liệu dùng chung cấp tỉnh"),
                    task("NQ57.X.03", "Nền tảng dữ liệu dùng chung của bộ, ngành")),
                JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode proposals = answer.getBody();
    assertThat(proposals).hasSize(1);
    JsonNode proposal = proposals.get(0);
    assertThat(proposal.path("task").path("localRef").asString()).isEqualTo(UNLINKED);
    assertThat(proposal.path("task").path("title").asString())
        .isEqualTo("Triển khai nền tảng dữ liệu dùng chung của tỉnh");
    JsonNode best = proposal.path("candidates").get(0);
    assertThat(best.path("taskCode").asString()).isEqualTo("NQ57.X.02");
    assertThat(best.path("score").asDouble()).isBetween(0.5, 1.0);
    assertThat(proposal.path("candidates").findValuesAsString("taskCode"))
        .doesNotContain("NQ57.X.01");
  }

  @Test
  void refusesAnInvalidOrOversizedTaskList() {
    assertThat(status(List.of(task("", "Một nhiệm vụ")))).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(status(List.of(Map.of("code", "NQ57.X.01")))).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(status(List.of())).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Map<String, String>> tooMany =
        Collections.nCopies(
            CrosswalkProposalController.MAX_TASKS + 1, task("NQ57.X.01", "Một nhiệm vụ"));
    assertThat(status(tooMany)).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void isForAdminsOnly() {
    ResponseEntity<String> answer =
        rest.withBasicAuth("operator", "operator-test")
            .postForEntity(PROPOSALS, List.of(task("NQ57.X.01", "Một nhiệm vụ")), String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private HttpStatus status(Object body) {
    return HttpStatus.valueOf(
        admin().postForEntity(PROPOSALS, body, String.class).getStatusCode().value());
  }

  private static Map<String, String> task(String code, String title) {
    return Map.of("code", code, "title", title);
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "admin-test");
  }
}

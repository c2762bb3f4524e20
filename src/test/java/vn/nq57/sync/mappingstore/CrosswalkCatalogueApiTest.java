package vn.nq57.sync.mappingstore;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * Crosswalk proposals fed by the cached national catalogue (WireMock plays the national API): the
 * unmatched local tasks with candidates and scores, confirmations that become a new mapping version
 * with author and reason, and codes the catalogue lacks flagged before anything is sent.
 */
class CrosswalkCatalogueApiTest extends IntegrationTestSupport {

  private static final String BASE = "/api/mappings/" + MappingAdminApiTest.MAPPING + "/crosswalk";
  private static final String LINKED = "PL1:4488504281948109";
  private static final String UNLINKED = "PL1:00000000000000aa";

  @Autowired private TestRestTemplate rest;
  @Autowired private MappingFileImport files;
  @Autowired private SourceRecordRepository recordRepository;
  @Autowired private MappingSources sources;
  @Autowired private MappingVersions versions;

  @BeforeEach
  void storeTwoTasksAndReadTheCatalogue() {
    SourceRecords records = new SourceRecords(recordRepository, sources, jdbc);
    records.store(LINKED, "Nhiệm vụ đã có mã", "Đang thực hiện", "31/12/2025", "");
    records.store(
        UNLINKED,
        "Triển khai nền tảng dữ liệu dùng chung của tỉnh",
        "Đang thực hiện",
        "31/12/2025",
        "");
    NationalApiStub.SERVER.stubFor(
        get(urlPathEqualTo("/api/v1/units/51/tasks"))
            .withQueryParam("page", equalTo("0"))
            .willReturn(
                okJson(
                    """
                    {"page": 0, "totalPages": 1, "items": [
                      {"taskCode": "NQ57.X.01", "title": "Đầu tư hạ tầng viễn thông 5G", "assignedUnitCode": "51"},
                      {"taskCode": "NQ57.X.02", "title": "Triển khai nền tảng dữ liệu dùng chung cấp tỉnh", "assignedUnitCode": "51"},
                      {"taskCode": "NQ57.X.09", "title": "Nền tảng dữ liệu dùng chung của bộ, ngành", "assignedUnitCode": "01"}
                    ]}
                    """)));
    assertThat(admin().postForEntity("/api/catalogue/refresh", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @AfterEach
  void restoreShippedMapping() {
    MappingTables.reset(jdbc, files);
  }

  @Test
  void listsUnmatchedTasksWithCandidatesFromTheCachedCatalogue() {
    JsonNode answer = admin().getForEntity(BASE + "/proposals", JsonNode.class).getBody();

    assertThat(answer.path("catalogue").path("unitCode").asString()).isEqualTo("51");
    assertThat(answer.path("catalogue").path("taskCount").asInt()).isEqualTo(3);
    JsonNode tasks = answer.path("tasks");
    assertThat(tasks.findValuesAsString("localRef")).containsExactlyInAnyOrder(LINKED, UNLINKED);
    JsonNode unlinked = find(tasks, UNLINKED);
    assertThat(unlinked.path("problem").asString()).isEqualTo("NO_TASK_CODE");
    assertThat(unlinked.path("location").asString()).startsWith("test.csv row");
    JsonNode best = unlinked.path("candidates").get(0);
    assertThat(best.path("taskCode").asString()).isEqualTo("NQ57.X.02");
    assertThat(best.path("score").asDouble()).isBetween(0.5, 1.0);
    // A task of another unit is never proposed.
    assertThat(unlinked.path("candidates").findValuesAsString("taskCode"))
        .doesNotContain("NQ57.X.09");
    // The shipped crosswalk links this task to NQ57.KL.PL1.01, which this catalogue lacks.
    JsonNode linked = find(tasks, LINKED);
    assertThat(linked.path("problem").asString()).isEqualTo("TASK_NOT_IN_CATALOGUE");
    assertThat(linked.path("taskCode").asString()).isEqualTo("NQ57.KL.PL1.01");
  }

  @Test
  void parksCodesTheCatalogueLacksBeforeSending() {
    MappingOutcome outcome =
        versions
            .active(MappingAdminApiTest.MAPPING)
            .mapping()
            .map(
                new SourceRecords(recordRepository, sources, jdbc)
                    .row("Nhiệm vụ đã có mã", "Đang thực hiện", "31/12/2025", ""),
                LINKED,
                LocalDate.of(2025, 9, 1));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            MappingOutcome.Parked.class,
            p -> assertThat(p.code()).isEqualTo("TASK_NOT_IN_CATALOGUE"));
  }

  @Test
  void confirmedLinksBecomeANewVersionWithAuthorAndReason() {
    ResponseEntity<JsonNode> created =
        admin()
            .postForEntity(
                BASE + "/confirmations",
                Map.of(
                    "links",
                    List.of(
                        Map.of("localRef", UNLINKED, "taskCode", "NQ57.X.02"),
                        Map.of("localRef", LINKED, "taskCode", "NQ57.X.01")),
                    "reason",
                    "Đối chiếu với danh mục quốc gia",
                    "activate",
                    true),
                JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode version = created.getBody();
    assertThat(version.path("state").asString()).isEqualTo("ACTIVE");
    assertThat(version.path("author").asString()).isEqualTo("admin");
    assertThat(version.path("reason").asString()).isEqualTo("Đối chiếu với danh mục quốc gia");
    String crosswalk = version.path("crosswalkYaml").asString();
    // The admin's comments stay; the new link is appended, the old one re-targeted.
    assertThat(crosswalk).startsWith("# Crosswalk: local task");
    assertThat(crosswalk)
        .contains("- localRef: \"" + UNLINKED + "\"\n    taskCode: \"NQ57.X.02\"")
        .contains("localRef: \"" + LINKED + "\"\n    taskCode: \"NQ57.X.01\"")
        .doesNotContain("NQ57.KL.PL1.01\"")
        .contains("Confirmed by admin");
    assertThat(version.path("diff").asString()).contains("+    taskCode: \"NQ57.X.02\"");
    JsonNode after = admin().getForEntity(BASE + "/proposals", JsonNode.class).getBody();
    assertThat(after.path("tasks")).isEmpty();
  }

  @Test
  void refusesCodesNotInTheCatalogueOrOfAnotherUnitAndUnknownLocalTasks() {
    ResponseEntity<JsonNode> refused =
        admin()
            .postForEntity(
                BASE + "/confirmations",
                Map.of(
                    "links",
                    List.of(
                        Map.of("localRef", UNLINKED, "taskCode", "NQ57.X.77"),
                        Map.of("localRef", UNLINKED, "taskCode", "NQ57.X.09"),
                        Map.of("localRef", "PL1:ffffffffffffffff", "taskCode", "NQ57.X.01")),
                    "reason",
                    "thử"),
                JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(refused.getBody().path("type").asString()).endsWith("/mapping-invalid");
    assertThat(refused.getBody().path("errors").findValuesAsString("field"))
        .containsExactly("/links/0/taskCode", "/links/1/taskCode", "/links/2/localRef");
    assertThat(refused.getBody().path("errors").findValuesAsString("message"))
        .anySatisfy(m -> assertThat(m).contains("assigned to unit 01"));
    int stored =
        jdbc.sql("SELECT count(*) FROM mapping_version WHERE mapping_id = :id")
            .param("id", MappingAdminApiTest.MAPPING)
            .query(Integer.class)
            .single();
    assertThat(stored).isEqualTo(1);
  }

  @Test
  void warnsOfCrosswalkCodesTheCatalogueLacksWhenValidating() {
    JsonNode check =
        admin()
            .postForEntity(
                "/api/mappings/" + MappingAdminApiTest.MAPPING + "/versions/1/validate",
                null,
                JsonNode.class)
            .getBody();

    assertThat(check.path("valid").asBoolean()).isTrue();
    assertThat(check.path("warnings").findValuesAsString("message"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("NQ57.KL.PL1.01", "not in the national catalogue of unit 51"));
  }

  @Test
  void onlyAdminsConfirm() {
    ResponseEntity<String> answer =
        rest.withBasicAuth("operator", "operator-test")
            .postForEntity(
                BASE + "/confirmations",
                Map.of(
                    "links",
                    List.of(Map.of("localRef", UNLINKED, "taskCode", "NQ57.X.02")),
                    "reason",
                    "thử"),
                String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static JsonNode find(JsonNode tasks, String localRef) {
    for (JsonNode task : tasks) {
      if (task.path("localRef").asString().equals(localRef)) {
        return task;
      }
    }
    throw new AssertionError(localRef + " not listed");
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "admin-test");
  }
}

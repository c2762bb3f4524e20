package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** The admin API on the shipped mapping: import, drafts, preview, activate, roll back, roles. */
class MappingAdminApiTest extends IntegrationTestSupport {

  static final String MAPPING = "bao-cao-phu-luc-I";
  static final String BASE = "/api/mappings/" + MAPPING;

  @Autowired private TestRestTemplate rest;
  @Autowired private MappingFileImport files;
  @Autowired private SourceRecordRepository recordRepository;
  @Autowired private MappingSources sources;

  @AfterEach
  void restoreShippedMapping() {
    MappingTables.reset(jdbc, files);
  }

  @Test
  void importsTheShippedMappingAtStartUpAsItsActiveVersion() {
    JsonNode list = get("/api/mappings");
    JsonNode shipped = find(list, MAPPING);
    assertThat(shipped.path("activeVersion").asInt()).isEqualTo(1);
    assertThat(shipped.path("sources").get(0).asString()).isNotBlank();
    JsonNode v1 = get(BASE + "/versions/1");
    assertThat(v1.path("state").asString()).isEqualTo("ACTIVE");
    assertThat(v1.path("author").asString()).isEqualTo("file-import");
    assertThat(v1.path("mappingYaml").asString()).isEqualTo(shippedYaml());
    assertThat(v1.path("crosswalkYaml").asString()).contains("NQ57.KL.PL1.01");
    assertThat(v1.path("diff").asString()).startsWith("--- a/mapping.yaml");
  }

  @Test
  void refusesABrokenDraftWithAProblemThatNamesLineAndField() {
    String broken =
        shippedYaml().replace("\"Đã hoàn thành\": COMPLETED", "\"Đã hoàn thành\": DONE");
    ResponseEntity<JsonNode> answer =
        admin().postForEntity(BASE + "/drafts", draft(broken, "typo"), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    JsonNode problem = answer.getBody();
    assertThat(problem.path("type").asString()).endsWith("/problems/mapping-invalid");
    JsonNode error = problem.path("errors").get(0);
    assertThat(error.path("line").asInt()).isEqualTo(lineOf(broken, "DONE"));
    assertThat(error.path("field").asString()).isEqualTo("/status/valueMap/Đã hoàn thành");
    assertThat(error.path("file").asString()).isEqualTo("mappings/" + MAPPING + ".yaml");
    assertThat(get(BASE + "/versions")).hasSize(1);
  }

  @Test
  void previewsActivatesAndRollsBackADraft() {
    SourceRecords records = new SourceRecords(recordRepository, sources, jdbc);
    records.store("PL1:4488504281948109", "Nhiệm vụ một", "Đang thực hiện", "31/12/2025", "");
    records.store(
        "PL1:bc75824cd3f4e73d", "Nhiệm vụ hai", "Đã hoàn thành", "31/12/2025", "01/08/2025");
    String changed =
        shippedYaml().replace("\"Đang thực hiện\": IN_PROGRESS", "\"Đang thực hiện\": NOT_STARTED");
    ResponseEntity<JsonNode> created =
        admin()
            .postForEntity(BASE + "/drafts", draft(changed, "ask for NOT_STARTED"), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().path("version").asInt()).isEqualTo(2);
    assertThat(created.getBody().path("state").asString()).isEqualTo("DRAFT");
    assertThat(created.getBody().path("author").asString()).isEqualTo("admin");
    assertThat(created.getBody().path("diff").asString())
        .contains("-    \"Đang thực hiện\": IN_PROGRESS", "+    \"Đang thực hiện\": NOT_STARTED");

    JsonNode preview = post(BASE + "/versions/2/preview?limit=10", null);
    assertThat(preview.path("records").asInt()).isEqualTo(2);
    assertThat(preview.path("changed").asInt()).isEqualTo(1);
    assertThat(preview.path("activeVersion").asInt()).isEqualTo(1);
    JsonNode first = preview.path("items").get(0);
    assertThat(first.path("changed").asBoolean()).isTrue();
    assertThat(first.at("/preview/report/status").asString()).isEqualTo("NOT_STARTED");
    assertThat(first.at("/preview/contractAccepts").asBoolean()).isTrue();
    assertThat(first.at("/active/report/status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(preview.path("items").get(1).path("changed").asBoolean()).isFalse();

    assertThat(
            post(BASE + "/versions/2/activate", Map.of("reason", "agreed"))
                .path("state")
                .asString())
        .isEqualTo("ACTIVE");
    assertThat(find(get("/api/mappings"), MAPPING).path("activeVersion").asInt()).isEqualTo(2);
    assertThat(get(BASE + "/versions/1").path("state").asString()).isEqualTo("RETIRED");

    JsonNode rolledBack = post(BASE + "/rollback", Map.of("reason", "department objects"));
    assertThat(rolledBack.path("version").asInt()).isEqualTo(1);
    assertThat(find(get("/api/mappings"), MAPPING).path("activeVersion").asInt()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT actor || ' ' || action || ' ' || reason FROM mapping_activation ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single())
        .isEqualTo("admin ROLLBACK department objects");
  }

  @Test
  void exportsAVersionAsYaml() {
    ResponseEntity<String> answer =
        operator().getForEntity(BASE + "/versions/1/export", String.class);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/yaml");
    assertThat(answer.getBody()).isEqualTo(shippedYaml());
  }

  @Test
  void refusesChangesFromAnOperator() {
    ResponseEntity<String> answer =
        operator().postForEntity(BASE + "/drafts", draft(shippedYaml() + "\n", "x"), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            operator()
                .postForEntity(BASE + "/rollback", Map.of("reason", "x"), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void answersConflictWhenThereIsNothingToRollBackTo() {
    ResponseEntity<JsonNode> answer =
        admin().postForEntity(BASE + "/rollback", Map.of("reason", "x"), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody().path("type").asString()).endsWith("/problems/nothing-to-roll-back");
  }

  @Test
  void keepsAnInvalidFileAsADraftAndTheActiveVersionInUse() {
    var imported =
        files.importFile(Path.of("src/test/resources/mappingstore/broken/" + MAPPING + ".yaml"));
    assertThat(imported)
        .get()
        .satisfies(
            v -> {
              assertThat(v.state()).isEqualTo(VersionState.DRAFT);
              assertThat(v.valid()).isFalse();
              assertThat(v.errors().get(0).field()).isEqualTo("/status/valueMap/Đã hoàn thành");
              assertThat(v.errors().get(0).line()).isEqualTo(18);
            });
    assertThat(find(get("/api/mappings"), MAPPING).path("activeVersion").asInt()).isEqualTo(1);
    assertThat(
            files.importFile(
                Path.of("src/test/resources/mappingstore/broken/" + MAPPING + ".yaml")))
        .isEmpty();
  }

  static Map<String, String> draft(String yaml, String reason) {
    return Map.of("yaml", yaml, "reason", reason);
  }

  static String shippedYaml() {
    try {
      return Files.readString(Path.of("mappings", MAPPING + ".yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static JsonNode find(JsonNode list, String id) {
    for (JsonNode m : list) {
      if (m.path("id").asString().equals(id)) {
        return m;
      }
    }
    throw new AssertionError(id + " not listed in " + list);
  }

  private JsonNode get(String path) {
    ResponseEntity<JsonNode> answer = operator().getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private JsonNode post(String path, Object body) {
    ResponseEntity<JsonNode> answer = admin().postForEntity(path, body, JsonNode.class);
    assertThat(answer.getStatusCode())
        .as("%s: %s", path, answer.getBody())
        .isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "admin-test");
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }
}

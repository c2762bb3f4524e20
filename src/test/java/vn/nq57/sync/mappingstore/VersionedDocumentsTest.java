package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import vn.nq57.sync.mappingstore.MappingVersions.UsedVersion;
import vn.nq57.sync.source.SourceRow;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * Agency maps and indicator mappings are versions like task mappings: imported at start, checked
 * before they are kept or used, with diff, author and reason, activated and rolled back; a task
 * mapping uses the agency map version active now and says which.
 */
class VersionedDocumentsTest extends IntegrationTestSupport {

  static final String AGENCIES = "don-vi-quang-ngai.agencies";
  static final String PLAN = "ke-hoach-ubnd-2026";
  static final String PLAN_TASK = "KH26:98845885884df970";
  private static final String INDICATORS = "chi-so-chuyen-doi-so";
  private static final LocalDate TODAY = LocalDate.of(2025, 8, 25);

  @Autowired private TestRestTemplate rest;
  @Autowired private MappingVersions versions;
  @Autowired private MappingFileImport files;

  @AfterEach
  void restoreShippedMappings() {
    MappingTables.reset(jdbc, files);
  }

  @Test
  void importsTheAgencyMapAndTheIndicatorMappingAsActiveVersionsOfTheirKind() {
    JsonNode list = get("/api/mappings");
    assertThat(find(list, AGENCIES).path("kind").asString()).isEqualTo("AGENCY_MAP");
    assertThat(find(list, AGENCIES).path("activeVersion").asInt()).isEqualTo(1);
    assertThat(find(list, INDICATORS).path("kind").asString()).isEqualTo("INDICATOR");
    assertThat(find(list, PLAN).path("kind").asString()).isEqualTo("TASK");
    JsonNode v1 = get("/api/mappings/" + AGENCIES + "/versions/1");
    assertThat(v1.path("author").asString()).isEqualTo("file-import");
    assertThat(v1.path("mappingYaml").asString()).isEqualTo(shipped(AGENCIES));
    assertThat(v1.path("diff").asString()).startsWith("--- a/" + AGENCIES + ".yaml");
    assertThat(versions.activeIndicator(INDICATORS).version()).isEqualTo(1);
    assertThat(versions.activeIndicator(INDICATORS).mapping().id()).isEqualTo(INDICATORS);
    assertThat(versions.active(PLAN).used())
        .extracting(UsedVersion::kind, UsedVersion::mappingId, UsedVersion::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MappingKind.TASK, PLAN, 1),
            org.assertj.core.groups.Tuple.tuple(MappingKind.CROSSWALK, PLAN + ".crosswalk.yaml", 1),
            org.assertj.core.groups.Tuple.tuple(MappingKind.AGENCY_MAP, AGENCIES, 1));
  }

  @Test
  void refusesAnAgencyMapDraftWithTwoSpellingsThatReadTheSame() {
    String broken =
        shipped(AGENCIES).replace("[\"Sở KH&CN\", \"Sở KHCN\"]", "[\"Sở KHCN\", \"sở khcn\"]");
    ResponseEntity<JsonNode> answer = draft(AGENCIES, broken, "duplicate");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    JsonNode error = answer.getBody().path("errors").get(0);
    assertThat(error.path("file").asString()).isEqualTo("mappings/" + AGENCIES + ".yaml");
    assertThat(error.path("field").asString()).isEqualTo("/units/0/variants/1");
    assertThat(error.path("message").asString()).contains("reads the same");
    assertThat(get("/api/mappings/" + AGENCIES + "/versions")).hasSize(1);
  }

  @Test
  void aNewAgencyMapVersionChangesTheLeadUnitOfTheTaskMappingThatNamesItUntilRolledBack() {
    SourceRow row = planRow("Sở Thông tin và Truyền thông");
    assertThat(versions.active(PLAN).mapping().map(row, PLAN_TASK, TODAY))
        .isInstanceOfSatisfying(
            MappingOutcome.Parked.class, p -> assertThat(p.code()).isEqualTo("AGENCY_UNMAPPED"));

    String withVariant =
        shipped(AGENCIES)
            .replace(
                "variants: [\"Sở KH&CN\", \"Sở KHCN\"]",
                "variants: [\"Sở KH&CN\", \"Sở KHCN\", \"Sở Thông tin và Truyền thông\"]");
    ResponseEntity<JsonNode> created = draft(AGENCIES, withVariant, "merged into Sở KH&CN");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().path("kind").asString()).isEqualTo("AGENCY_MAP");
    assertThat(created.getBody().path("author").asString()).isEqualTo("admin");
    assertThat(created.getBody().path("diff").asString())
        .contains("+    variants: [\"Sở KH&CN\", \"Sở KHCN\", \"Sở Thông tin và Truyền thông\"]");
    assertThat(versions.active(PLAN).mapping().map(row, PLAN_TASK, TODAY))
        .isInstanceOf(MappingOutcome.Parked.class);

    post("/api/mappings/" + AGENCIES + "/versions/2/activate", Map.of("reason", "agreed"));
    ActiveMapping withV2 = versions.active(PLAN);
    assertThat(withV2.used()).contains(new UsedVersion(MappingKind.AGENCY_MAP, AGENCIES, 2, id(2)));
    assertThat(withV2.mapping().map(row, PLAN_TASK, TODAY))
        .isInstanceOfSatisfying(
            MappingOutcome.Mapped.class,
            m -> assertThat(m.report().leadUnit().code()).isEqualTo("SKHCN"));

    post("/api/mappings/" + AGENCIES + "/rollback", Map.of("reason", "not yet merged"));
    ActiveMapping back = versions.active(PLAN);
    assertThat(back.used()).contains(new UsedVersion(MappingKind.AGENCY_MAP, AGENCIES, 1, id(1)));
    assertThat(back.mapping().map(row, PLAN_TASK, TODAY)).isInstanceOf(MappingOutcome.Parked.class);
  }

  @Test
  void refusesAnIndicatorMappingDraftThatBreaksTheLanguageAndActivatesAGoodOne() {
    String broken = shipped(INDICATORS).replace("fraction: percent", "fraction: guess");
    ResponseEntity<JsonNode> refused = draft(INDICATORS, broken, "try");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(refused.getBody().path("errors").get(0).path("field").asString())
        .startsWith("/value/fraction");

    String good = shipped(INDICATORS).replace("fraction: percent", "fraction: numerator");
    assertThat(draft(INDICATORS, good, "report the numerator of fractions").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    post("/api/mappings/" + INDICATORS + "/versions/2/activate", Map.of("reason", "agreed"));
    assertThat(versions.activeIndicator(INDICATORS).used())
        .isEqualTo(new UsedVersion(MappingKind.INDICATOR, INDICATORS, 2, id(INDICATORS, 2)));
  }

  @Test
  void previewIsForTaskMappingsOnly() {
    ResponseEntity<JsonNode> answer =
        rest.withBasicAuth("admin", "admin-test")
            .postForEntity(
                "/api/mappings/" + AGENCIES + "/versions/1/preview", null, JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody().path("type").asString())
        .endsWith("/problems/preview-needs-task-mapping");
  }

  static SourceRow planRow(String leadAgency) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("TT", "1");
    fields.put("Nhiệm vụ", "Một nhiệm vụ của kế hoạch");
    fields.put("Cơ quan chủ trì", leadAgency);
    fields.put("Thời gian hoàn thành", "31/12/2026");
    fields.put("Ghi chú", "");
    return new SourceRow("spreadsheet-inbox", "ke-hoach.xlsx row 7", fields);
  }

  static String shipped(String mappingId) {
    try {
      return Files.readString(Path.of("mappings", mappingId + ".yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long id(int version) {
    return id(AGENCIES, version);
  }

  private long id(String mappingId, int version) {
    return jdbc.sql("SELECT id FROM mapping_version WHERE mapping_id = :m AND version = :v")
        .param("m", mappingId)
        .param("v", version)
        .query(Long.class)
        .single();
  }

  private ResponseEntity<JsonNode> draft(String mappingId, String yaml, String reason) {
    return rest.withBasicAuth("admin", "admin-test")
        .postForEntity(
            "/api/mappings/" + mappingId + "/drafts",
            Map.of("yaml", yaml, "reason", reason),
            JsonNode.class);
  }

  private void post(String path, Object body) {
    ResponseEntity<JsonNode> answer =
        rest.withBasicAuth("admin", "admin-test").postForEntity(path, body, JsonNode.class);
    assertThat(answer.getStatusCode())
        .as(String.valueOf(answer.getBody()))
        .isEqualTo(HttpStatus.OK);
  }

  private JsonNode get(String path) {
    ResponseEntity<JsonNode> answer =
        rest.withBasicAuth("operator", "operator-test").getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static JsonNode find(JsonNode list, String id) {
    for (JsonNode m : list) {
      if (m.path("id").asString().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no mapping " + id + " in " + list);
  }
}

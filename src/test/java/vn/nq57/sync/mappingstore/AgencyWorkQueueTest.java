package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
import vn.nq57.sync.source.SourceRow;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * An agency name the agency map lacks is queued under the agency map; resolving it adds the name to
 * a unit (or the groups) in a new active version of the agency map that keeps its comments.
 */
class AgencyWorkQueueTest extends IntegrationTestSupport {

  private static final String AGENCIES = VersionedDocumentsTest.AGENCIES;
  private static final String PLAN = VersionedDocumentsTest.PLAN;
  private static final LocalDate TODAY = LocalDate.of(2025, 8, 25);

  @Autowired private TestRestTemplate rest;
  @Autowired private MappingVersions versions;
  @Autowired private UnmappedValues unmapped;
  @Autowired private MappingFileImport files;

  @AfterEach
  void restoreShippedMappings() {
    MappingTables.reset(jdbc, files);
  }

  @Test
  void queuesAnUnknownAgencyAndResolvingItAddsAVariantKeepingTheComments() {
    SourceRow row = VersionedDocumentsTest.planRow("Sở Khoa học Công nghệ tỉnh; Các sở, ngành");
    JsonNode item = queueParked(row);
    assertThat(item.path("mappingId").asString()).isEqualTo(AGENCIES);
    assertThat(item.path("field").asString()).isEqualTo("agency");
    assertThat(item.path("rawExample").asString()).isEqualTo("Sở Khoa học Công nghệ tỉnh");
    assertThat(item.path("sourceLocation").asString()).isEqualTo("ke-hoach.xlsx row 7");

    ResponseEntity<JsonNode> resolved = resolve(item, "SKHCN");
    assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(resolved.getBody().path("mappingId").asString()).isEqualTo(AGENCIES);
    assertThat(resolved.getBody().path("version").asInt()).isEqualTo(2);
    assertThat(resolved.getBody().path("state").asString()).isEqualTo("ACTIVE");

    String v2 =
        rest.withBasicAuth("operator", "operator-test")
            .getForObject("/api/mappings/" + AGENCIES + "/versions/2/export", String.class);
    String shipped = VersionedDocumentsTest.shipped(AGENCIES);
    assertThat(comments(v2)).isEqualTo(comments(shipped)).hasSizeGreaterThan(10);
    assertThat(v2)
        .contains("variants: [\"Sở KH&CN\", \"Sở KHCN\", \"Sở Khoa học Công nghệ tỉnh\"]");
    assertThat(v2.lines().count()).isEqualTo(shipped.lines().count());

    MappingOutcome mapped =
        versions.active(PLAN).mapping().map(row, VersionedDocumentsTest.PLAN_TASK, TODAY);
    assertThat(mapped)
        .isInstanceOfSatisfying(
            MappingOutcome.Mapped.class,
            m -> assertThat(m.report().leadUnit().code()).isEqualTo("SKHCN"));
    assertThat(openItems()).isEmpty();
  }

  @Test
  void resolvingAsAGroupAddsTheWordingToTheGroups() {
    SourceRow row = VersionedDocumentsTest.planRow("Các đơn vị có liên quan");
    JsonNode item = queueParked(row);
    assertThat(resolve(item, "GROUP").getStatusCode()).isEqualTo(HttpStatus.OK);
    MappingOutcome mapped =
        versions.active(PLAN).mapping().map(row, VersionedDocumentsTest.PLAN_TASK, TODAY);
    assertThat(mapped)
        .isInstanceOfSatisfying(
            MappingOutcome.Mapped.class, m -> assertThat(m.report().leadUnit()).isNull());
  }

  @Test
  void refusesAUnitCodeTheAgencyMapDoesNotHave() {
    JsonNode item = queueParked(VersionedDocumentsTest.planRow("Sở Khoa học Công nghệ tỉnh"));
    ResponseEntity<JsonNode> answer = resolve(item, "SKHCN-X");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(answer.getBody().path("detail").asString()).contains("'SKHCN-X'", "GROUP");
    assertThat(openItems()).hasSize(1);
    assertThat(versions.active(PLAN).used())
        .contains(
            new MappingVersions.UsedVersion(MappingKind.AGENCY_MAP, AGENCIES, 1, versionId(1)));
  }

  private JsonNode queueParked(SourceRow row) {
    ActiveMapping active = versions.active(PLAN);
    MappingOutcome outcome = active.mapping().map(row, VersionedDocumentsTest.PLAN_TASK, TODAY);
    assertThat(outcome).isInstanceOf(MappingOutcome.Parked.class);
    unmapped.recordParked(active, row, (MappingOutcome.Parked) outcome);
    List<JsonNode> items = openItems();
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private ResponseEntity<JsonNode> resolve(JsonNode item, String target) {
    return rest.withBasicAuth("admin", "admin-test")
        .postForEntity(
            "/api/mappings/work-queue/" + item.path("id").asLong() + "/resolve",
            Map.of("target", target, "reason", "the plan's wording"),
            JsonNode.class);
  }

  private List<JsonNode> openItems() {
    JsonNode queue =
        rest.withBasicAuth("operator", "operator-test")
            .getForObject("/api/mappings/work-queue", JsonNode.class);
    return queue.valueStream().toList();
  }

  private long versionId(int version) {
    return jdbc.sql("SELECT id FROM mapping_version WHERE mapping_id = :m AND version = :v")
        .param("m", AGENCIES)
        .param("v", version)
        .query(Long.class)
        .single();
  }

  private static List<String> comments(String yaml) {
    return yaml.lines().filter(l -> l.contains("#")).map(l -> l.substring(l.indexOf('#'))).toList();
  }
}

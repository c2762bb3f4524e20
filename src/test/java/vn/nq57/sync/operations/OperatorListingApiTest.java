package vn.nq57.sync.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * The operator's lists and exports over the sample report, refused for good by the national side:
 * items, runs and submissions filtered by source, state and national code; one item's whole
 * history; parked rows with the source values that parked them; failures and parked rows as CSV and
 * XLSX. A viewer may read all of it.
 */
class OperatorListingApiTest extends IntegrationTestSupport {

  @Autowired private TestRestTemplate rest;
  @Autowired private ObjectMapper json;

  @Test
  void listsFiltersExplainsAndExportsWhatWentWrong() throws Exception {
    NationalApiStub.stubPost(NationalApiStub.problem(403, "FORBIDDEN"));
    drop(sampleReport(), "bao-cao.csv");
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM submission WHERE state = 'FAILED'")
                        .query(Integer.class)
                        .single()
                    == 1);
    String source =
        jdbc.sql("SELECT DISTINCT source_id FROM source_record").query(String.class).single();

    JsonNode items = get("/api/items?state=FAILED&source=" + source + "&size=5");
    assertThat(items.path("total").asLong()).isEqualTo(43);
    assertThat(items.path("items")).hasSize(5);
    assertThat(get("/api/items?state=FAILED&source=no-such-source").path("total").asLong())
        .isZero();
    assertThat(get("/api/items?state=ACCEPTED").path("total").asLong()).isZero();

    long itemId = items.path("items").get(0).path("itemId").asLong();
    JsonNode detail = get("/api/items/" + itemId);
    assertThat(detail.path("sourceRecord").path("fields").size()).isGreaterThan(3);
    assertThat(detail.path("history").path("payload").path("taskCode").asString())
        .isEqualTo(detail.path("history").path("item").path("taskCode").asString());
    assertThat(detail.path("history").path("attempts").findValuesAsString("outcome"))
        .contains("FAILED");
    assertThat(detail.path("history").path("revisions")).hasSize(1);

    assertThat(total("/api/submissions?nationalCode=FORBIDDEN")).isEqualTo("1");
    assertThat(total("/api/submissions?nationalCode=OTHER")).isEqualTo("0");
    assertThat(total("/api/submissions?state=FAILED&source=" + source)).isEqualTo("1");
    assertThat(total("/api/runs?source=" + source)).isEqualTo("1");
    assertThat(total("/api/runs?source=no-such-source")).isEqualTo("0");

    JsonNode parked = json.readTree(viewer().getForEntity("/api/parked", String.class).getBody());
    assertThat(parked).hasSize(8);
    JsonNode date = null;
    for (JsonNode row : parked) {
      if (row.path("code").asString().equals("DATE_UNRECOGNISED")) {
        date = row;
      }
    }
    assertThat(date).isNotNull();
    assertThat(date.path("sourceValues").path("Ngày hoàn thành thực tế").asString())
        .isEqualTo("22/6-2025");

    ResponseEntity<byte[]> xlsx =
        viewer().getForEntity("/api/failures/export?format=XLSX", byte[].class);
    assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(book.getSheet("failures").getLastRowNum()).isEqualTo(43);
    }
    String csv = viewer().getForEntity("/api/parked/export", String.class).getBody();
    assertThat(csv).contains("Ngày hoàn thành thực tế = '22/6-2025'").contains("DATE_UNRECOGNISED");
  }

  private String total(String path) {
    return viewer().getForEntity(path, String.class).getHeaders().getFirst("X-Total-Count");
  }

  private JsonNode get(String path) {
    ResponseEntity<String> answer = viewer().getForEntity(path, String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  /** The operator account: listing needs only VIEWER, which every role includes. */
  private TestRestTemplate viewer() {
    return rest.withBasicAuth("operator", "operator-test");
  }
}

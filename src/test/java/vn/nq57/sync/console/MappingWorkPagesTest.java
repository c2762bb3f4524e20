package vn.nq57.sync.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.nq57.sync.mappingstore.ShippedMappings;
import vn.nq57.sync.mappingstore.UnmappedValues;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * The admin's mapping work besides editing, through the console's forms: confirming a proposed
 * crosswalk code and saying what an unmapped status means each make a new active version.
 */
class MappingWorkPagesTest extends IntegrationTestSupport {

  private static final String MAPPING = "bao-cao-phu-luc-I";
  private static final String UNLINKED = "PL1:c423e5b560be5618";
  private static final String TITLE =
      "Văn phòng Trung ương Đảng chủ trì, phối hợp với các cơ quan liên quan đẩy mạnh công tác"
          + " thông tin, tuyên truyền về kết quả triển khai thực hiện Nghị quyết số 57-NQ/TW";

  @LocalServerPort private int port;
  @Autowired private ApplicationContext context;
  @Autowired private UnmappedValues unmapped;

  @AfterEach
  void restoreShippedMapping() {
    ShippedMappings.restore(jdbc, context);
  }

  @Test
  void anAdminConfirmsAProposedNationalCodeForATaskTheCrosswalkLacks() {
    NationalApiStub.stubPost(NationalApiStub.problem(403, "NOT_ASSIGNED_TO_UNIT"));
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(30)).until(() -> storedRecords() == 51);
    int active = activeVersion();
    ConsoleSession admin = ConsoleSession.loggedIn(base(), "admin", "admin-test");
    String page = "/console/mappings/" + MAPPING + "/crosswalk";

    admin.get(page);
    HttpResponse<String> unreadable =
        admin.post(page + "/proposals", Map.of("nationalTasks", "NQ57.KL.PL1.99 without title"));
    assertThat(unreadable.body()).contains("Không đọc được các dòng: 1");

    HttpResponse<String> proposals =
        admin.post(
            page + "/proposals",
            Map.of(
                "nationalTasks",
                "NQ57.KL.PL1.98;Đầu tư hạ tầng viễn thông 5G\nNQ57.KL.PL1.99\t" + TITLE + "\n"));
    assertThat(proposals.statusCode()).isEqualTo(200);
    assertThat(proposals.body()).contains(UNLINKED).contains("NQ57.KL.PL1.99");

    HttpResponse<String> confirmed =
        admin.post(
            page + "/confirm",
            Map.of("task." + UNLINKED, "NQ57.KL.PL1.99", "reason", "đã đối chiếu danh mục"));
    assertThat(confirmed.headers().firstValue("Location").orElseThrow())
        .endsWith("/console/mappings/" + MAPPING);
    assertThat(activeVersion()).isEqualTo(active + 1);
    assertThat(activeCrosswalk())
        .contains("localRef: \"" + UNLINKED + "\"\n    taskCode: \"NQ57.KL.PL1.99\"");
  }

  @Test
  void anAdminSaysWhatAnUnmappedStatusMeansAndAnOperatorMayOnlyRead() {
    unmapped.recordUnmapped(MAPPING, "status", "Đang triển khai", "bao-cao.csv row 7");
    long item = jdbc.sql("SELECT id FROM unmapped_value").query(Long.class).single();
    int active = activeVersion();

    ConsoleSession operator = ConsoleSession.loggedIn(base(), "operator", "operator-test");
    HttpResponse<String> read = operator.get("/console/mappings/work-queue");
    assertThat(read.body()).contains("Đang triển khai").doesNotContain("/resolve");
    assertThat(
            operator
                .post(
                    "/console/mappings/work-queue/" + item + "/resolve",
                    Map.of("target", "IN_PROGRESS", "reason", "x"))
                .statusCode())
        .isEqualTo(403);

    ConsoleSession admin = ConsoleSession.loggedIn(base(), "admin", "admin-test");
    admin.get("/console/mappings/work-queue");
    admin.post(
        "/console/mappings/work-queue/" + item + "/resolve",
        Map.of("target", "IN_PROGRESS", "reason", "cách viết mới của phòng"));
    assertThat(activeVersion()).isEqualTo(active + 1);
    assertThat(
            jdbc.sql("SELECT state FROM unmapped_value WHERE id = :id")
                .param("id", item)
                .query(String.class)
                .single())
        .isEqualTo("RESOLVED");
    assertThat(admin.get("/console/mappings/work-queue").body()).doesNotContain("Đang triển khai");
  }

  private int activeVersion() {
    return jdbc.sql(
            "SELECT version FROM mapping_version WHERE mapping_id = :id AND state = 'ACTIVE'")
        .param("id", MAPPING)
        .query(Integer.class)
        .single();
  }

  private String activeCrosswalk() {
    return jdbc.sql(
            "SELECT crosswalk_yaml FROM mapping_version WHERE mapping_id = :id AND state = 'ACTIVE'")
        .param("id", MAPPING)
        .query(String.class)
        .single();
  }

  private int storedRecords() {
    return jdbc.sql("SELECT count(*) FROM source_record").query(Integer.class).single();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}

package vn.nq57.sync.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.nq57.sync.access.UserRole;
import vn.nq57.sync.access.Users;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * An operator in a real browser: logs in, finds the submission the national side refused, dry-runs
 * its replay (nothing changes), replays it with a reason and finds who and why in its history.
 */
class ReplayInTheBrowserTest extends IntegrationTestSupport {

  private static final String VIEWER = "viewer-console";
  private static final String VIEWER_PASSWORD = "quiet-harbor-lamp-73";

  @LocalServerPort private int port;
  @Autowired private Users users;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.driver();
    Browser.reset(base());
  }

  @Test
  void operatorDryRunsThenReplaysAFailedSubmissionAndSeesItInTheHistory() {
    NationalApiStub.stubPost(NationalApiStub.problem(403, "NOT_ASSIGNED_TO_UNIT"));
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(30)).until(() -> !failed().isEmpty());
    long id = failed().get(0);

    Browser.logIn(base(), "operator", "operator-test");
    browser.get(base() + "/console/failures");
    assertThat(Browser.byId("failed-" + id).getText()).contains("NOT_ASSIGNED_TO_UNIT");

    Browser.byId("replay-" + id).click();
    assertThat(Browser.byId("plan").getText()).contains(Long.toString(id));
    assertThat(Browser.byId("plan-summary").getText()).startsWith("1");
    assertThat(state(id)).as("a dry run changes nothing").isEqualTo("FAILED");
    assertThat(history(id)).doesNotContain("REPLAYED");

    String reason = "Đơn vị đã được phân công lại " + System.nanoTime();
    browser.findElement(By.id("reason")).sendKeys(reason);
    Browser.byId("replay-now").click();
    Browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/console/failures"));
    assertThat(Browser.byId("replayed").getText()).contains("RESEND");
    await().atMost(Duration.ofSeconds(30)).until(() -> history(id).contains("REPLAYED"));

    browser.get(base() + "/console/submissions/" + id);
    String history = Browser.byId("history").getText();
    assertThat(history).contains("operator").contains(reason);

    Browser.reset(base());
    Browser.logIn(base(), "admin", "admin-test");
    browser.get(base() + "/console/audit?action=SUBMISSION_REPLAYED&actor=operator");
    assertThat(Browser.byId("audit").getText())
        .contains("submission " + id)
        .contains("SUBMISSION_REPLAYED")
        .contains(reason);
  }

  @Test
  void aViewerSeesTheFailureButNoReplayAndAnOperatorNoMappingEdit() {
    NationalApiStub.stubPost(NationalApiStub.problem(403, "NOT_ASSIGNED_TO_UNIT"));
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(30)).until(() -> !failed().isEmpty());
    long id = failed().get(0);
    users.create(VIEWER, VIEWER_PASSWORD, UserRole.VIEWER, "test");
    try {
      Browser.logIn(base(), VIEWER, VIEWER_PASSWORD);
      browser.get(base() + "/console/failures");
      assertThat(Browser.byId("failed-" + id).getText()).contains("NOT_ASSIGNED_TO_UNIT");
      assertThat(browser.findElements(By.id("replay-" + id))).isEmpty();
      assertThat(browser.findElements(By.id("bulk-dry-run"))).isEmpty();
      browser.get(base() + "/console");
      assertThat(browser.findElements(By.id("delivery-reason"))).isEmpty();
      browser.get(base() + "/console/replay?ids=" + id);
      assertThat(browser.findElements(By.id("replay-now"))).isEmpty();
    } finally {
      jdbc.sql("DELETE FROM app_user WHERE username = :u").param("u", VIEWER).update();
    }

    Browser.reset(base());
    Browser.logIn(base(), "operator", "operator-test");
    browser.get(base() + "/console/mappings");
    assertThat(browser.findElements(By.linkText("Chỉnh sửa"))).isEmpty();
    browser.get(base() + "/console/mappings/bao-cao-phu-luc-I/edit");
    assertThat(browser.findElements(By.id("yaml"))).isEmpty();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private List<Long> failed() {
    return jdbc.sql("SELECT id FROM submission WHERE state = 'FAILED' ORDER BY id")
        .query(Long.class)
        .list();
  }

  private String state(long id) {
    return jdbc.sql("SELECT state FROM submission WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private List<String> history(long id) {
    return jdbc.sql("SELECT outcome FROM submission_attempt WHERE submission_id = :id ORDER BY id")
        .param("id", id)
        .query(String.class)
        .list();
  }
}

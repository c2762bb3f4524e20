package vn.nq57.sync.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.nq57.sync.mappingstore.ShippedMappings;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * An admin in a real browser changes one value of the shipped mapping: a wrong value is refused
 * with the message at its line; the corrected draft is previewed against the stored records next to
 * the active version, activated, and rolled back.
 */
class MappingInTheBrowserTest extends IntegrationTestSupport {

  private static final String MAPPING = "bao-cao-phu-luc-I";
  private static final String LINE = "\"Đang thực hiện\": IN_PROGRESS";
  private static final String CHANGED = "\"Đang thực hiện\": NOT_STARTED";

  @LocalServerPort private int port;
  @Autowired private ApplicationContext context;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.driver();
    Browser.reset(base());
  }

  @AfterEach
  void restoreShippedMapping() {
    ShippedMappings.restore(jdbc, context);
  }

  @Test
  void adminChangesAValuePreviewsItActivatesItAndRollsBack() {
    NationalApiStub.stubPost(NationalApiStub.problem(403, "NOT_ASSIGNED_TO_UNIT"));
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(30)).until(() -> storedRecords() == 51);
    int active = activeVersion();

    Browser.logIn(base(), "admin", "admin-test");
    browser.get(base() + "/console/mappings/" + MAPPING);
    Browser.byId("edit").click();
    String yaml = Browser.byId("yaml").getAttribute("value");
    assertThat(yaml).contains(LINE);
    int lineNumber = yaml.substring(0, yaml.indexOf(LINE)).split("\n", -1).length;

    save(yaml.replace(LINE, "\"Đang thực hiện\": DOING_IT"), "thử giá trị sai");
    assertThat(Browser.byId("validation-errors").getText()).contains("dòng " + lineNumber);
    assertThat(Browser.byId("line-" + lineNumber).getText()).contains("DOING_IT").contains("⚠");
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});", Browser.byId("line-" + lineNumber));
    Browser.screenshot("edit-errors-vi");
    assertThat(activeVersion()).isEqualTo(active);

    save(yaml.replace(LINE, CHANGED), "coi là chưa thực hiện");
    Browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/preview"));
    assertThat(Browser.byId("preview-summary").getText()).startsWith("Trên 51 bản ghi");
    WebElement changed = browser.findElement(By.cssSelector("#preview tr.changed"));
    assertThat(changed.getText()).contains("NOT_STARTED").contains("IN_PROGRESS");

    browser.findElement(By.id("activate-reason")).sendKeys("đã duyệt");
    Browser.byId("activate").click();
    assertThat(Browser.byId("activated").getText()).contains(Integer.toString(active + 1));
    assertThat(activeVersion()).isEqualTo(active + 1);

    browser.get(base() + "/console/mappings/" + MAPPING + "/versions/" + (active + 1));
    assertThat(Browser.byId("diff").getText().lines())
        .anyMatch(l -> l.startsWith("-") && l.endsWith(LINE))
        .anyMatch(l -> l.startsWith("+") && l.endsWith(CHANGED));

    browser.get(base() + "/console/mappings/" + MAPPING);
    browser.findElement(By.id("rollback-reason")).sendKeys("quay lại");
    Browser.byId("rollback").click();
    assertThat(Browser.byId("activated").getText()).contains(Integer.toString(active));
    assertThat(activeVersion()).isEqualTo(active);
  }

  private void save(String yaml, String reason) {
    WebElement area = Browser.byId("yaml");
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area, yaml);
    WebElement why = browser.findElement(By.id("reason"));
    why.clear();
    why.sendKeys(reason);
    Browser.byId("save-draft").click();
  }

  private int activeVersion() {
    return jdbc.sql(
            "SELECT version FROM mapping_version WHERE mapping_id = :id AND state = 'ACTIVE'")
        .param("id", MAPPING)
        .query(Integer.class)
        .single();
  }

  private int storedRecords() {
    return jdbc.sql("SELECT count(*) FROM source_record").query(Integer.class).single();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}

package vn.nq57.sync.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * Every console page an admin reaches, in Vietnamese (the default) and in English: the page speaks
 * the chosen language, lacks no text ({@code ??key??}) and is saved as a screenshot at a laptop's
 * size (target/screenshots) for a person to look at.
 */
class ConsoleScreenshotsTest extends IntegrationTestSupport {

  private static final String MAPPING = "bao-cao-phu-luc-I";

  @LocalServerPort private int port;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.driver();
    Browser.reset(base());
  }

  @Test
  void everyPageSpeaksVietnameseByDefaultAndEnglishOnRequestWithoutMissingTexts() {
    NationalApiStub.stubPost(NationalApiStub.problem(403, "NOT_ASSIGNED_TO_UNIT"));
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(30)).until(() -> failedSubmission() != null);
    long failed = failedSubmission();
    int active =
        jdbc.sql("SELECT version FROM mapping_version WHERE mapping_id = :id AND state = 'ACTIVE'")
            .param("id", MAPPING)
            .query(Integer.class)
            .single();

    browser.get(base() + "/console");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    Browser.screenshot("login-vi");
    Browser.logIn(base(), "admin", "admin-test");

    List<String> pages =
        List.of(
            "dashboard:/console",
            "failures:/console/failures",
            "replay:/console/replay?ids=" + failed,
            "submission:/console/submissions/" + failed,
            "mappings:/console/mappings",
            "mapping:/console/mappings/" + MAPPING,
            "version:/console/mappings/" + MAPPING + "/versions/" + active,
            "edit:/console/mappings/" + MAPPING + "/edit",
            "preview:/console/mappings/" + MAPPING + "/versions/" + active + "/preview",
            "work-queue:/console/mappings/work-queue",
            "crosswalk:/console/mappings/" + MAPPING + "/crosswalk");
    for (String language : List.of("vi", "en")) {
      browser.get(base() + "/console?lang=" + language);
      for (String page : pages) {
        String name = page.substring(0, page.indexOf(':'));
        browser.get(base() + page.substring(page.indexOf(':') + 1));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
            .as(name)
            .isEqualTo(language);
        assertThat(browser.findElement(By.tagName("main")).getText()).as(name).isNotBlank();
        assertThat(browser.getPageSource()).as(name).doesNotContain("??");
        Browser.screenshot(name + "-" + language);
      }
    }
    browser.get(base() + "/console?lang=vi");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan");
  }

  private Long failedSubmission() {
    return jdbc.sql("SELECT id FROM submission WHERE state = 'FAILED' ORDER BY id LIMIT 1")
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}

package vn.nq57.sync.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian chromium for every browser test of the JVM, driven through
 * /usr/bin/chromedriver (never a driver downloaded by Selenium Manager), at a laptop's 1366 x 900.
 * Each test starts logged out: {@link #reset} clears the cookies.
 */
final class Browser {

  static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static ChromeDriver driver;

  private Browser() {}

  static synchronized ChromeDriver driver() {
    if (driver == null) {
      if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
        throw new IllegalStateException(
            "The console's browser tests need Debian's chromium and chromium-driver ("
                + CHROMIUM
                + ", "
                + CHROMEDRIVER
                + "): apt-get install chromium chromium-driver (.ci/run does it)");
      }
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-dev-shm-usage",
          "--disable-gpu",
          "--window-size=1366,900",
          "--lang=vi");
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      driver = new ChromeDriver(service, options);
      driver.manage().timeouts().implicitlyWait(Duration.ZERO);
      ChromeDriver started = driver;
      Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
    }
    return driver;
  }

  static void reset(String baseUrl) {
    WebDriver d = driver();
    d.get(baseUrl + "/login");
    d.manage().deleteAllCookies();
  }

  static void logIn(String baseUrl, String user, String password) {
    WebDriver d = driver();
    d.get(baseUrl + "/login");
    d.findElement(By.id("username")).sendKeys(user);
    d.findElement(By.id("password")).sendKeys(password);
    d.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor().until(x -> x.getCurrentUrl().endsWith("/console"));
  }

  static WebDriverWait waitFor() {
    return new WebDriverWait(driver(), Duration.ofSeconds(15));
  }

  static WebElement byId(String id) {
    return waitFor().until(d -> d.findElement(By.id(id)));
  }

  /** Saves what the browser shows now as target/screenshots/{name}.png. */
  static Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver().getScreenshotAs(OutputType.FILE);
      return Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

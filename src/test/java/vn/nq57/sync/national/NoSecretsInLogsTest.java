package vn.nq57.sync.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * An operator who turns on DEBUG for the HTTP client and Camel to chase a problem still finds no
 * client secret and no bearer token in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
    properties = {"logging.level.org.apache.hc=DEBUG", "logging.level.org.apache.camel=DEBUG"})
class NoSecretsInLogsTest extends IntegrationTestSupport {

  @Test
  void debugLoggingOfTheHttpClientPrintsNeitherTheSecretNorTheToken(CapturedOutput output) {
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(30)).until(() -> !NationalApiStub.reportPosts().isEmpty());
    await().atMost(Duration.ofSeconds(5)).until(() -> output.getAll().contains("task-reports"));

    assertThat(output.getAll())
        .contains("org.apache.hc")
        .doesNotContain("test-secret")
        .doesNotContain("client_secret")
        .doesNotContain("Bearer token-");
  }
}

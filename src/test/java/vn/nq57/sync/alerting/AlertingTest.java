package vn.nq57.sync.alerting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * The unattended sync tells people when it needs them: rejected credentials make delivery health
 * DOWN and send one e-mail and one webhook call per cause, however often the check runs, and one
 * recovery message per cause when it clears.
 */
class AlertingTest extends IntegrationTestSupport {

  // Started before the Spring context, which needs its port.
  static final GreenMail MAIL = startMail();

  static final WireMockServer WEBHOOK = startWebhook();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired AlertCheck check;
  @Autowired TestRestTemplate rest;

  @DynamicPropertySource
  static void alerts(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    registry.add("nq57.alerts.mail.to", () -> "so-khcn@quangngai.gov.vn");
    registry.add("nq57.alerts.webhook.url", () -> WEBHOOK.baseUrl() + "/alerts");
    registry.add("nq57.alerts.check-interval", () -> "1h");
  }

  @AfterAll
  static void stopServers() {
    WEBHOOK.stop();
    MAIL.stop();
  }

  private static GreenMail startMail() {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    return mail;
  }

  @Test
  void rejectedCredentialsAlertOncePerCauseThenRecover() throws Exception {
    NationalApiStub.SERVER.stubFor(
        post(urlEqualTo("/oauth2/token"))
            .atPriority(1)
            .willReturn(NationalApiStub.problem(401, "INVALID_CLIENT")));
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(30)).until(() -> failedSubmissions() > 0);

    ResponseEntity<String> health =
        operator().getForEntity("/actuator/health/delivery", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(health.getBody()).contains("DOWN").contains("INVALID_CLIENT");

    check.run();
    check.run();

    List<String> subjects = subjects();
    assertThat(subjects).hasSize(2);
    assertThat(subjects)
        .anyMatch(s -> s.contains("The national system rejects the province's credentials"))
        .anyMatch(s -> s.contains("Submissions have FAILED"));
    assertThat(subjects).allMatch(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
    assertThat(MAIL.getReceivedMessages()[0].getContent().toString())
        .contains("Cảnh báo")
        .contains("Alert:");
    List<JsonNode> calls = webhookCalls();
    assertThat(calls).hasSize(2).allMatch(c -> c.path("event").asString().equals("RAISED"));
    assertThat(calls).anyMatch(c -> c.path("kind").asString().equals("CREDENTIALS_REJECTED"));

    NationalApiStub.reset();
    operator()
        .postForEntity("/api/delivery/replay", java.util.Map.of("allFailed", true), String.class);
    await().atMost(Duration.ofSeconds(30)).until(() -> failedSubmissions() == 0);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> operator().getForEntity("/actuator/health/delivery", String.class),
            answer -> answer.getStatusCode().is2xxSuccessful() && answer.getBody().contains("UP"));

    check.run();
    check.run();

    assertThat(subjects()).hasSize(4);
    assertThat(subjects().subList(2, 4)).allMatch(s -> s.contains("Resolved"));
    assertThat(webhookCalls()).hasSize(4);
    assertThat(webhookCalls().subList(2, 4))
        .allMatch(c -> c.path("event").asString().equals("CLEARED"));
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }

  private int failedSubmissions() {
    return jdbc.sql("SELECT count(*) FROM submission WHERE state = 'FAILED'")
        .query(Integer.class)
        .single();
  }

  private static List<String> subjects() {
    return Arrays.stream(MAIL.getReceivedMessages()).map(AlertingTest::subject).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<JsonNode> webhookCalls() {
    return WEBHOOK.findAll(postRequestedFor(urlEqualTo("/alerts"))).stream()
        .map(r -> JSON.readTree(r.getBodyAsString()))
        .toList();
  }

  private static WireMockServer startWebhook() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    server.stubFor(post(urlEqualTo("/alerts")).willReturn(aResponse().withStatus(204)));
    return server;
  }
}

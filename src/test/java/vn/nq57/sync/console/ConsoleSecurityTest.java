package vn.nq57.sync.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * The console's own filter chain next to the API's: form login with CSRF, roles per action, the
 * root sent to the console, and the HTTP basic API as it was.
 */
class ConsoleSecurityTest extends IntegrationTestSupport {

  @LocalServerPort private int port;
  @Autowired private TestRestTemplate rest;

  @Test
  void sendsTheRootAndAnyoneNotLoggedInToTheConsoleLogin() {
    ConsoleSession anonymous = new ConsoleSession(base());
    assertThat(anonymous.get("/").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
    HttpResponse<String> console = anonymous.get("/console/failures");
    assertThat(console.statusCode()).isEqualTo(302);
    assertThat(console.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    HttpResponse<String> login = anonymous.get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("lang=\"vi\"").contains("Đăng nhập");
    assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'");
  }

  @Test
  void refusesAWrongPasswordAndAFormWithoutItsCsrfToken() {
    int failedBefore = failedLogins();
    ConsoleSession session = new ConsoleSession(base());
    session.get("/login");
    HttpResponse<String> wrong =
        session.post("/login", Map.of("username", "operator", "password", "not-it"));
    assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    assertThat(failedLogins())
        .as("a failed form login is audited like a failed basic login")
        .isEqualTo(failedBefore + 1);

    ConsoleSession operator = ConsoleSession.loggedIn(base(), "operator", "operator-test");
    HttpResponse<String> forged =
        operator.postRaw("/console/delivery/pause", Map.of("reason", "from another site"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(pausedBy()).isNotEqualTo("operator");
  }

  @Test
  void anOperatorPausesAndResumesButMayNotChangeMappings() {
    ConsoleSession operator = ConsoleSession.loggedIn(base(), "operator", "operator-test");
    HttpResponse<String> blank = operator.post("/console/delivery/pause", Map.of("reason", " "));
    assertThat(blank.statusCode()).isEqualTo(302);
    assertThat(paused()).as("no reason, no pause").isFalse();

    operator.post("/console/delivery/pause", Map.of("reason", "bảo trì"));
    assertThat(paused()).isTrue();
    assertThat(pausedBy()).isEqualTo("operator");
    assertThat(operator.get("/console").body()).contains("Đã tạm dừng");
    operator.post("/console/delivery/resume", Map.of("reason", "xong"));
    assertThat(paused()).isFalse();

    assertThat(operator.get("/console/mappings/bao-cao-phu-luc-I/edit").statusCode())
        .isEqualTo(403);
    HttpResponse<String> draft =
        operator.post(
            "/console/mappings/bao-cao-phu-luc-I/drafts", Map.of("yaml", "id: x", "reason", "thử"));
    assertThat(draft.statusCode()).isEqualTo(403);
    assertThat(operator.get("/console/mappings").body()).doesNotContain("/edit\"");
  }

  @Test
  void aReplayWithoutReasonIsRefusedAndChangesNothing() {
    NationalApiStub.stubPost(NationalApiStub.problem(403, "NOT_ASSIGNED_TO_UNIT"));
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(30)).until(() -> failedCount() == 1);
    long id = jdbc.sql("SELECT id FROM submission").query(Long.class).single();

    ConsoleSession operator = ConsoleSession.loggedIn(base(), "operator", "operator-test");
    operator.get("/console/replay?ids=" + id);
    HttpResponse<String> refused =
        operator.post(
            "/console/replay", Map.of("ids", Long.toString(id), "mode", "RESEND", "reason", ""));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Hãy ghi lý do gửi lại.");
    assertThat(failedCount()).isEqualTo(1);

    HttpResponse<String> remap = operator.get("/console/replay?mode=REMAP&ids=" + id);
    assertThat(remap.body()).contains("khóa mới").contains("id=\"replay-now\"");
    assertThat(failedCount()).as("a dry run changes nothing").isEqualTo(1);
  }

  @Test
  void aConsoleSessionDoesNotOpenTheApiNorBasicTheConsole() {
    ConsoleSession operator = ConsoleSession.loggedIn(base(), "operator", "operator-test");
    assertThat(operator.get("/api/runs").statusCode()).isEqualTo(401);
    var basic =
        rest.withBasicAuth("operator", "operator-test")
            .getForEntity("/console/failures", String.class);
    assertThat(basic.getStatusCode().value()).isIn(302, 200);
    assertThat(basic.getBody() == null ? "" : basic.getBody()).doesNotContain("failed-");
  }

  @Test
  void theApiKeepsHttpBasicWithoutSessionsOrForms() {
    var answer =
        rest.withBasicAuth("operator", "operator-test").getForEntity("/api/runs", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().get("Set-Cookie")).isNull();
    var anonymous = rest.getForEntity("/api/runs", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  private int failedLogins() {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND actor = 'operator'")
        .query(Integer.class)
        .single();
  }

  private boolean paused() {
    return jdbc.sql("SELECT paused FROM delivery_control WHERE id = 1")
        .query(Boolean.class)
        .single();
  }

  private String pausedBy() {
    return jdbc.sql("SELECT changed_by FROM delivery_control WHERE id = 1")
        .query(String.class)
        .single();
  }

  private int failedCount() {
    return jdbc.sql("SELECT count(*) FROM submission WHERE state = 'FAILED'")
        .query(Integer.class)
        .single();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}

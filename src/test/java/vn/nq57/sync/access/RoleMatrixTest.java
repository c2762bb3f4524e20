package vn.nq57.sync.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * Who may call which group of {@code /api/**}: VIEWER reads, OPERATOR also starts runs, replays and
 * pauses, ADMIN also changes mappings and users and reads the audit log. A change a role may make
 * is sent with a body the endpoint refuses (400) or for something that does not exist (404), so the
 * matrix proves the role passed without changing anything; a role that may not gets 403.
 */
class RoleMatrixTest extends IntegrationTestSupport {

  static final String VIEWER = "matrix-viewer";
  static final String PASSWORD = "Ruong-lua-chin-vang-2025";

  @Autowired private TestRestTemplate rest;
  @Autowired private Users users;

  @BeforeEach
  void createViewer() {
    users.create(VIEWER, PASSWORD, UserRole.VIEWER, "test");
  }

  @AfterEach
  void removeTestUsers() {
    UserTables.removeTestUsers(jdbc);
  }

  /** One call, and the status each role gets: viewer, operator, admin. */
  record Call(HttpMethod method, String path, String body, int viewer, int operator, int admin) {}

  static final List<Call> MATRIX =
      List.of(
          new Call(HttpMethod.GET, "/api/runs", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/runs/999", null, 404, 404, 404),
          new Call(HttpMethod.GET, "/api/parked", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/submissions", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/delivery", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/periods", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/alerts", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/mappings", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/mappings/work-queue", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/items", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/items/999", null, 404, 404, 404),
          new Call(HttpMethod.GET, "/api/failures/export", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/parked/export?format=XLSX", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/api/replays", null, 200, 200, 200),
          new Call(HttpMethod.GET, "/v3/api-docs", null, 200, 200, 200),
          new Call(HttpMethod.POST, "/api/replays", "[]", 403, 400, 400),
          new Call(HttpMethod.POST, "/api/replays/999/pause", null, 403, 404, 404),
          new Call(HttpMethod.POST, "/api/replays/999/cancel", null, 403, 404, 404),
          new Call(HttpMethod.POST, "/api/runs", "{\"period\":\"NEVER\"}", 403, 400, 400),
          new Call(HttpMethod.POST, "/api/delivery/pause", "[]", 403, 400, 400),
          new Call(HttpMethod.POST, "/api/delivery/resume", "[]", 403, 400, 400),
          new Call(HttpMethod.POST, "/api/delivery/replay", "[]", 403, 400, 400),
          new Call(HttpMethod.POST, "/api/mappings/none/drafts", "[]", 403, 403, 400),
          new Call(HttpMethod.POST, "/api/mappings/none/rollback", "[]", 403, 403, 400),
          new Call(HttpMethod.POST, "/api/mappings/work-queue/999/resolve", "[]", 403, 403, 400),
          new Call(HttpMethod.GET, "/api/users", null, 403, 403, 200),
          new Call(HttpMethod.POST, "/api/users", "{}", 403, 403, 400),
          new Call(HttpMethod.PUT, "/api/users/nobody/role", "{\"role\":\"ADMIN\"}", 403, 403, 404),
          new Call(HttpMethod.POST, "/api/users/nobody/disable", null, 403, 403, 404),
          new Call(HttpMethod.GET, "/api/audit", null, 403, 403, 200),
          new Call(HttpMethod.GET, "/api/audit/export", null, 403, 403, 200));

  @Test
  void eachRoleGetsExactlyTheCallsItsRoleAllows() {
    List<String> wrong = new java.util.ArrayList<>();
    for (Call call : MATRIX) {
      check(call, VIEWER, PASSWORD, call.viewer(), wrong);
      check(call, "operator", "operator-test", call.operator(), wrong);
      check(call, "admin", "admin-test", call.admin(), wrong);
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aDisabledUserCannotLogInAnyMore() {
    assertThat(
            call(new Call(HttpMethod.GET, "/api/runs", null, 0, 0, 0), VIEWER, PASSWORD)
                .getStatusCode()
                .value())
        .isEqualTo(200);
    users.disable(VIEWER, "test");

    ResponseEntity<String> answer =
        call(new Call(HttpMethod.GET, "/api/runs", null, 0, 0, 0), VIEWER, PASSWORD);

    assertThat(answer.getStatusCode().value()).isEqualTo(401);
    assertThat(answer.getBody()).contains("/problems/unauthorized");
  }

  private void check(Call call, String user, String password, int expected, List<String> wrong) {
    int status = call(call, user, password).getStatusCode().value();
    if (status != expected) {
      wrong.add(
          call.method() + " " + call.path() + " as " + user + ": " + status + " not " + expected);
    }
  }

  private ResponseEntity<String> call(Call call, String user, String password) {
    RequestEntity.BodyBuilder request = RequestEntity.method(call.method(), call.path());
    RequestEntity<?> entity =
        call.body() == null
            ? request.build()
            : request.contentType(MediaType.APPLICATION_JSON).body(call.body());
    return rest.withBasicAuth(user, password).exchange(entity, String.class);
  }
}

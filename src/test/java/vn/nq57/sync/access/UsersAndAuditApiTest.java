package vn.nq57.sync.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * Admins manage users through /api/users (hashed passwords, the password policy, never without an
 * admin), and every user change, pause, resume and failed login lands in the append-only audit log
 * that /api/audit pages, filters and exports.
 */
class UsersAndAuditApiTest extends IntegrationTestSupport {

  private static final String STRONG = "Song-Tra-Khuc-2025-xanh";

  @Autowired private TestRestTemplate rest;
  @Autowired private ObjectMapper json;
  private long auditBefore;

  @BeforeEach
  void rememberWhereTheLogEnds() {
    auditBefore =
        jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
  }

  @AfterEach
  void removeTestUsers() {
    UserTables.removeTestUsers(jdbc);
    admin().exchange(RequestEntity.post("/api/delivery/resume").build(), String.class);
  }

  @Test
  void seedsTheConfiguredAccountsWithBcryptHashes() {
    assertThat(
            jdbc.sql("SELECT username, role, password_hash FROM app_user ORDER BY username")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list())
        .anySatisfy(line -> assertThat(line).startsWith("admin ADMIN {bcrypt}$2"))
        .anySatisfy(line -> assertThat(line).startsWith("operator OPERATOR {bcrypt}$2"));
  }

  @Test
  void anAdminCreatesAUserWhoCanLogInAndEveryChangeIsAudited() {
    ResponseEntity<String> created =
        post(
            "/api/users",
            "{\"username\":\"lan.nguyen\",\"password\":\"" + STRONG + "\",\"role\":\"VIEWER\"}");
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(created.getBody()).contains("\"role\":\"VIEWER\"").doesNotContain(STRONG, "bcrypt");
    assertThat(
            rest.withBasicAuth("lan.nguyen", STRONG)
                .getForEntity("/api/runs", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);

    put("/api/users/lan.nguyen/role", "{\"role\":\"OPERATOR\"}");
    put("/api/users/lan.nguyen/password", "{\"password\":\"Mot-mat-khau-moi-that-dai\"}");
    post("/api/users/lan.nguyen/disable", null);

    assertThat(
            rest.withBasicAuth("lan.nguyen", "Mot-mat-khau-moi-that-dai")
                .getForEntity("/api/runs", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
    assertThat(newEntries())
        .contains(
            "admin USER_CREATED lan.nguyen role VIEWER",
            "admin USER_ROLE_CHANGED lan.nguyen VIEWER -> OPERATOR",
            "admin USER_PASSWORD_RESET lan.nguyen null",
            "admin USER_DISABLED lan.nguyen null",
            "lan.nguyen LOGIN_FAILED null Disabled from 127.0.0.1");
    assertThat(String.join("\n", newEntries())).doesNotContain("mat-khau", STRONG);
  }

  @Test
  void refusesAWeakPasswordAnExistingNameAndLeavingNoAdmin() {
    ResponseEntity<String> weak =
        post(
            "/api/users",
            "{\"username\":\"minh\",\"password\":\"matkhau2025!\",\"role\":\"VIEWER\"}");
    assertProblem(weak, 422, "weak-password");
    assertThat(weak.getBody()).doesNotContain("matkhau2025!");

    assertProblem(
        post(
            "/api/users",
            "{\"username\":\"operator\",\"password\":\"" + STRONG + "\",\"role\":\"VIEWER\"}"),
        409,
        "user-exists");
    assertProblem(post("/api/users/admin/disable", null), 409, "last-admin");
    assertProblem(put("/api/users/admin/role", "{\"role\":\"VIEWER\"}"), 409, "last-admin");
    assertThat(
            jdbc.sql("SELECT role FROM app_user WHERE username = 'admin'")
                .query(String.class)
                .single())
        .isEqualTo("ADMIN");
    assertProblem(
        post(
            "/api/users", "{\"username\":\"x\",\"password\":\"" + STRONG + "\",\"role\":\"ROOT\"}"),
        400,
        "bad-request");
  }

  @Test
  void auditsPauseResumeAndFailedLoginsAndExportsThemSafeForExcel() {
    admin()
        .exchange(
            json("/api/delivery/pause", "{\"reason\":\"national maintenance\"}"), String.class);
    admin().exchange(json("/api/delivery/resume", "{\"reason\":\"over\"}"), String.class);
    rest.withBasicAuth("=SUM(1+1)*cmd", "guess").getForEntity("/api/runs", String.class);

    assertThat(newEntries())
        .contains(
            "admin DELIVERY_PAUSED delivery national maintenance",
            "admin DELIVERY_RESUMED delivery over")
        .anySatisfy(line -> assertThat(line).startsWith("=SUM(1+1)*cmd LOGIN_FAILED"));

    JsonNode page =
        json.readTree(
            admin()
                .getForEntity("/api/audit?action=DELIVERY_PAUSED&actor=admin&size=1", String.class)
                .getBody());
    assertThat(page.path("size").asInt()).isEqualTo(1);
    assertThat(page.path("items").get(0).path("detail").asString())
        .isEqualTo("national maintenance");
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);

    ResponseEntity<String> csv =
        admin().getForEntity("/api/audit/export?action=LOGIN_FAILED", String.class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).contains("'=SUM(1+1)*cmd").doesNotContain(",=SUM");
  }

  @Test
  void auditsTheMappingImportOfTheStartAsADraftAndAnActivation() {
    List<String> mapping =
        jdbc.sql(
                "SELECT action || ' ' || subject FROM audit_entry"
                    + " WHERE subject LIKE 'bao-cao-phu-luc-I v%' ORDER BY id")
            .query(String.class)
            .list();

    assertThat(mapping)
        .contains("MAPPING_DRAFTED bao-cao-phu-luc-I v1", "MAPPING_IMPORTED bao-cao-phu-luc-I v1");
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteAnAuditEntry() {
    admin().exchange(json("/api/delivery/pause", "{\"reason\":\"x\"}"), String.class);

    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone else'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
        .hasMessageContaining("append-only");
  }

  private List<String> newEntries() {
    return jdbc.sql(
            "SELECT actor, action, subject, detail FROM audit_entry WHERE id > :id ORDER BY id")
        .param("id", auditBefore)
        .query(
            (rs, n) ->
                rs.getString(1)
                    + " "
                    + rs.getString(2)
                    + " "
                    + rs.getString(3)
                    + " "
                    + rs.getString(4))
        .list();
  }

  private void assertProblem(ResponseEntity<String> answer, int status, String type) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getBody()).contains("https://nq57-sync.local/problems/" + type);
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "admin-test");
  }

  private ResponseEntity<String> post(String path, String body) {
    return admin()
        .exchange(body == null ? RequestEntity.post(path).build() : json(path, body), String.class);
  }

  private ResponseEntity<String> put(String path, String body) {
    return admin()
        .exchange(
            RequestEntity.put(path).contentType(MediaType.APPLICATION_JSON).body(body),
            String.class);
  }

  private static RequestEntity<String> json(String path, String body) {
    return RequestEntity.post(path).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}

package vn.nq57.sync.national;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * The national catalogue (GET /api/v1/units/{unitCode}/tasks) as the contract serves it: read page
 * by page into the database, with the token renewed on 401 and 429 pauses waited out in the shared
 * rate budget; GET /api/catalogue shows it, POST /api/catalogue/refresh (admins) reads it now.
 */
class CatalogueRefreshTest extends IntegrationTestSupport {

  private static final String TASKS = "/api/v1/units/51/tasks";

  @Autowired private TestRestTemplate rest;
  @Autowired private Clock clock;

  @Test
  void readsEveryPageIntoTheDatabaseAndShowsIt() {
    stubPage(0, 2, task("NQ57.A.01", "Nhiệm vụ một", "51"), task("NQ57.A.02", "Hai", "51"));
    stubPage(1, 2, task("NQ57.A.03", "Nhiệm vụ ba", "51"));

    ResponseEntity<JsonNode> refreshed = refresh("admin", "admin-test");

    assertThat(refreshed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode state = readCatalogue().getBody();
    assertThat(state.path("unitCode").asString()).isEqualTo("51");
    assertThat(state.path("taskCount").asInt()).isEqualTo(3);
    assertThat(state.path("requests").asInt()).isEqualTo(2);
    assertThat(state.path("lastError").isNull()).isTrue();
    assertThat(state.path("tasks").findValuesAsString("taskCode"))
        .containsExactly("NQ57.A.01", "NQ57.A.02", "NQ57.A.03");
    List<LoggedRequest> pages = catalogueRequests();
    assertThat(pages).hasSize(2);
    assertThat(pages)
        .allSatisfy(
            r -> {
              assertThat(r.queryParameter("size").firstValue()).isEqualTo("500");
              assertThat(r.getHeader("Authorization")).startsWith("Bearer ");
            });
    assertThat(pages.get(1).queryParameter("page").firstValue()).isEqualTo("1");
  }

  @Test
  void renewsAnExpiredTokenAndAsksForThePageAgain() {
    NationalApiStub.SERVER.stubFor(
        page(0)
            .inScenario("expired")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("renewed")
            .willReturn(NationalApiStub.problem(401, "TOKEN_EXPIRED")));
    NationalApiStub.SERVER.stubFor(
        page(0)
            .inScenario("expired")
            .whenScenarioStateIs("renewed")
            .willReturn(pageBody(0, 1, task("NQ57.A.01", "Nhiệm vụ một", "51"))));

    assertThat(refresh("admin", "admin-test").getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(catalogueRequests()).hasSize(2);
    assertThat(NationalApiStub.tokenRequests()).isNotEmpty();
    assertThat(readCatalogue().getBody().path("taskCount").asInt()).isEqualTo(1);
  }

  @Test
  void waitsOutA429InTheSharedBudgetAndCountsEveryRequest() {
    stubPage(0, 2, task("NQ57.A.01", "Nhiệm vụ một", "51"));
    NationalApiStub.SERVER.stubFor(
        page(1)
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("free")
            .willReturn(
                NationalApiStub.problem(429, "RATE_LIMITED").withHeader("Retry-After", "1")));
    NationalApiStub.SERVER.stubFor(
        page(1)
            .inScenario("busy")
            .whenScenarioStateIs("free")
            .willReturn(pageBody(1, 2, task("NQ57.A.02", "Hai", "51"))));
    Instant before = clock.instant();

    assertThat(refresh("admin", "admin-test").getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(catalogueRequests()).hasSize(3);
    JsonNode state = readCatalogue().getBody();
    assertThat(state.path("taskCount").asInt()).isEqualTo(2);
    assertThat(state.path("requests").asInt()).isEqualTo(3);
    // The 429's pause was the shared one (posts and polls waited too), and every request sent,
    // the refused one included, took a slot of the shared per-minute budget.
    OffsetDateTime pausedUntil =
        jdbc.sql("SELECT until FROM national_pause WHERE id = 1")
            .query(OffsetDateTime.class)
            .single();
    assertThat(pausedUntil.toInstant()).isAfter(before);
    int slots = jdbc.sql("SELECT count(*) FROM national_request").query(Integer.class).single();
    assertThat(slots).isEqualTo(3 + tokenRequestsSince());
  }

  @Test
  void keepsTheCatalogueItHadWhenARefreshFails() {
    stubPage(0, 1, task("NQ57.A.01", "Nhiệm vụ một", "51"));
    refresh("admin", "admin-test");
    NationalApiStub.SERVER.stubFor(
        page(0).atPriority(0).willReturn(NationalApiStub.problem(500, "INTERNAL_ERROR")));

    ResponseEntity<JsonNode> failed = refresh("admin", "admin-test");

    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(failed.getBody().path("type").asString()).endsWith("/transient-failure");
    JsonNode state = readCatalogue().getBody();
    assertThat(state.path("taskCount").asInt()).isEqualTo(1);
    assertThat(state.path("lastError").asString()).contains("INTERNAL_ERROR");
    assertThat(state.path("tasks").findValuesAsString("taskCode")).containsExactly("NQ57.A.01");
  }

  @Test
  void refusesAnEmptyOrMalformedCatalogueAndKeepsNone() {
    stubPage(0, 1);
    assertThat(refresh("admin", "admin-test").getStatusCode())
        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    NationalApiStub.SERVER.stubFor(
        page(0).atPriority(0).willReturn(pageBody(0, 1, "{\"taskCode\":\"NQ57.A.01\"}")));
    assertThat(refresh("admin", "admin-test").getStatusCode())
        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

    JsonNode state = readCatalogue().getBody();
    assertThat(state.path("refreshedAt").isNull()).isTrue();
    assertThat(state.path("lastError").asString()).contains("lacks taskCode, title");
  }

  @Test
  void onlyAdminsRefresh() {
    assertThat(refresh("operator", "operator-test").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(catalogueRequests()).isEmpty();
  }

  private int tokenRequestsSince() {
    return NationalApiStub.tokenRequests().size();
  }

  private ResponseEntity<JsonNode> refresh(String user, String password) {
    return rest.withBasicAuth(user, password)
        .postForEntity("/api/catalogue/refresh", null, JsonNode.class);
  }

  private ResponseEntity<JsonNode> readCatalogue() {
    return rest.withBasicAuth("operator", "operator-test")
        .getForEntity("/api/catalogue", JsonNode.class);
  }

  private static List<LoggedRequest> catalogueRequests() {
    return NationalApiStub.SERVER.findAll(getRequestedFor(urlPathEqualTo(TASKS)));
  }

  private static MappingBuilder page(int page) {
    return get(urlPathEqualTo(TASKS)).withQueryParam("page", equalTo(String.valueOf(page)));
  }

  private static void stubPage(int page, int totalPages, String... tasks) {
    NationalApiStub.SERVER.stubFor(page(page).willReturn(pageBody(page, totalPages, tasks)));
  }

  private static ResponseDefinitionBuilder pageBody(int page, int totalPages, String... tasks) {
    return okJson(
        "{\"page\":%d,\"totalPages\":%d,\"items\":[%s]}"
            .formatted(page, totalPages, String.join(",", tasks)));
  }

  static String task(String code, String title, String unit) {
    return "{\"taskCode\":\"%s\",\"title\":\"%s\",\"sourceDocument\":\"Phụ lục I\",\"dueOn\":null,\"dueText\":\"Thường xuyên\",\"assignedUnitCode\":\"%s\"}"
        .formatted(code, title, unit);
  }
}

package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document of the operator/admin API and Swagger UI, both behind the login. */
class ApiDocumentationTest extends IntegrationTestSupport {

  @Autowired private TestRestTemplate rest;

  @Test
  void describesTheOperatorApiOnlyWithBasicAuthAndTheProblemTypes() {
    ResponseEntity<JsonNode> answer = operator().getForEntity("/v3/api-docs", JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode api = answer.getBody();
    assertThat(api.path("openapi").asString()).startsWith("3.");
    assertThat(api.path("info").path("title").asString()).contains("nq57-sync");
    assertThat(api.path("info").path("version").asString()).isNotBlank();
    List<String> paths = new ArrayList<>(api.path("paths").propertyNames());
    assertThat(paths)
        .contains("/api/runs", "/api/submissions/{id}", "/api/delivery/replay", "/api/periods")
        .allMatch(path -> path.startsWith("/api/"));
    JsonNode scheme = api.path("components").path("securitySchemes").path("basicAuth");
    assertThat(scheme.path("type").asString()).isEqualTo("http");
    assertThat(scheme.path("scheme").asString()).isEqualTo("basic");
    assertThat(api.path("security").get(0).has("basicAuth")).isTrue();

    JsonNode problem = api.path("components").path("schemas").path("Problem");
    assertThat(problem.path("properties").path("type").path("enum").valueStream())
        .extracting(JsonNode::asString)
        .contains(
            "https://nq57-sync.local/problems/validation",
            "https://nq57-sync.local/problems/not-found",
            "https://nq57-sync.local/problems/mapping-invalid",
            "https://nq57-sync.local/problems/internal");
    assertThat(problem.path("x-problem-types").size()).isEqualTo(ProblemType.values().length);
    JsonNode notFound =
        api.path("paths").path("/api/runs/{id}").path("get").path("responses").path("404");
    assertThat(notFound.path("content").path("application/problem+json").path("schema"))
        .hasToString("{\"$ref\":\"#/components/schemas/Problem\"}");
  }

  @Test
  void servesSwaggerUiToOperatorsAndRefusesStrangers() {
    assertThat(operator().getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    TestRestTemplate stranger = new TestRestTemplate();
    assertThat(
            stranger.getForEntity(rest.getRootUri() + "/v3/api-docs", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            stranger
                .getForEntity(rest.getRootUri() + "/swagger-ui/index.html", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }
}

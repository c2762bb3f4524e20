package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every error of the operator API is an RFC 9457 problem with a stable type, including Spring's own
 * answers, constraint violations and the security filter's refusals, for operators too.
 */
class ApiProblemsTest extends IntegrationTestSupport {

  private static final String MAPPING = "/api/mappings/bao-cao-phu-luc-I";

  @Autowired private TestRestTemplate rest;
  @Autowired private ObjectMapper json;

  @Test
  void answersAnUnreadableBodyAsBadRequest() {
    ResponseEntity<String> answer =
        operator().exchange(jsonPost("/api/runs", "{\"period\": "), String.class);
    assertProblem(answer, HttpStatus.BAD_REQUEST, "bad-request");
  }

  @Test
  void answersAPathVariableOfTheWrongTypeAsBadRequest() {
    assertProblem(
        operator().getForEntity("/api/runs/not-a-number", String.class),
        HttpStatus.BAD_REQUEST,
        "bad-request");
  }

  @Test
  void answersAnUnknownEnumInTheBodyAsBadRequest() {
    ResponseEntity<String> answer =
        operator().exchange(jsonPost("/api/runs", "{\"period\":\"DECADE\"}"), String.class);
    assertProblem(answer, HttpStatus.BAD_REQUEST, "bad-request");
  }

  @Test
  void answersAWrongMethodAsMethodNotAllowed() {
    ResponseEntity<String> answer =
        operator().exchange("/api/runs", HttpMethod.PUT, jsonBody("{}"), String.class);
    assertProblem(answer, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
    assertThat(answer.getHeaders().getAllow()).contains(HttpMethod.GET, HttpMethod.POST);
  }

  @Test
  void answersABodyThatIsNotJsonAsUnsupportedMediaType() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    ResponseEntity<String> answer =
        operator()
            .exchange(RequestEntity.post("/api/runs").headers(headers).body("DAY"), String.class);
    assertProblem(answer, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
  }

  @Test
  void answersAnUnknownPathAndAnUnknownIdAsNotFound() {
    assertProblem(
        operator().getForEntity("/api/nothing-here", String.class),
        HttpStatus.NOT_FOUND,
        "not-found");
    ResponseEntity<String> run = operator().getForEntity("/api/runs/424242", String.class);
    assertProblem(run, HttpStatus.NOT_FOUND, "not-found");
    assertThat(body(run).path("detail").asString()).isEqualTo("No run with id 424242");
  }

  @Test
  void answersABlankRequiredFieldAsValidationNamingTheField() {
    ResponseEntity<String> answer =
        admin()
            .postForEntity(
                MAPPING + "/drafts", Map.of("yaml", " ", "reason", "typo fix"), String.class);
    assertProblem(answer, HttpStatus.BAD_REQUEST, "validation");
    JsonNode error = body(answer).path("errors").get(0);
    assertThat(error.path("field").asString()).isEqualTo("yaml");
    assertThat(error.path("message").asString()).isNotBlank();
  }

  @Test
  void answersAConstraintViolationOnAParameterAsValidationNotAsServerError() {
    ResponseEntity<String> answer =
        admin()
            .exchange(
                MAPPING + "/versions/1/preview?limit=5000",
                HttpMethod.POST,
                jsonBody("{}"),
                String.class);
    assertProblem(answer, HttpStatus.BAD_REQUEST, "validation");
    JsonNode error = body(answer).path("errors").get(0);
    assertThat(error.path("field").asString()).isEqualTo("limit");
    assertThat(answer.getBody()).doesNotContain("jakarta", "Exception", "preview.");
  }

  @Test
  void refusesMissingAndWrongCredentialsWithAnUnauthorizedProblemAndABasicChallenge() {
    ResponseEntity<String> anonymous =
        new TestRestTemplate().getForEntity(rest.getRootUri() + "/api/runs", String.class);
    assertProblem(anonymous, HttpStatus.UNAUTHORIZED, "unauthorized");
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
        .isEqualTo("Basic realm=\"nq57-sync\"");
    ResponseEntity<String> wrong =
        rest.withBasicAuth("operator", "guess").getForEntity("/api/runs", String.class);
    assertProblem(wrong, HttpStatus.UNAUTHORIZED, "unauthorized");
  }

  @Test
  void refusesAnOperatorChangingAMappingWithAForbiddenProblem() {
    ResponseEntity<String> answer =
        operator()
            .postForEntity(MAPPING + "/drafts", Map.of("yaml", "x", "reason", "y"), String.class);
    assertProblem(answer, HttpStatus.FORBIDDEN, "forbidden");
  }

  @Test
  void givesAnOperatorTheRealStatusOfARequestRejectedBeforeSpringMvc() {
    // The firewall refuses a semicolon in the path and the container renders /error: an operator
    // used to get 403 there, because /error needed ADMIN.
    ResponseEntity<String> answer =
        operator()
            .exchange(
                RequestEntity.get(URI.create(rest.getRootUri() + "/api/runs;x=1")).build(),
                String.class);
    assertProblem(answer, HttpStatus.BAD_REQUEST, "bad-request");
  }

  private void assertProblem(ResponseEntity<String> answer, HttpStatus status, String type) {
    assertThat(answer.getStatusCode()).isEqualTo(status);
    assertThat(answer.getHeaders().getContentType())
        .isNotNull()
        .satisfies(
            contentType ->
                assertThat(contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as("content type %s", contentType)
                    .isTrue());
    JsonNode problem = body(answer);
    assertThat(problem.path("type").asString())
        .isEqualTo("https://nq57-sync.local/problems/" + type);
    assertThat(problem.path("status").asInt()).isEqualTo(status.value());
    assertThat(problem.path("title").asString()).isNotBlank();
    assertThat(answer.getBody()).doesNotContain("\tat ", "trace", "test-secret", "operator-test");
  }

  private JsonNode body(ResponseEntity<String> answer) {
    return json.readTree(answer.getBody());
  }

  private static RequestEntity<String> jsonPost(String path, String body) {
    return RequestEntity.post(path).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static org.springframework.http.HttpEntity<String> jsonBody(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new org.springframework.http.HttpEntity<>(body, headers);
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "admin-test");
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }
}

package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.NoOpResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The operator API's defences, through HTTP: loopback by default, login throttling, refusal of
 * cross-site form posts, and the limits on bodies, free text and lists (docs/security.md).
 */
class OperatorApiDefencesTest extends IntegrationTestSupport {

  private static final String EVIL = "https://evil.example";

  @Autowired private TestRestTemplate rest;
  @Autowired private ObjectMapper json;
  @Autowired private LoginThrottle throttle;

  @Value("${server.address}")
  private String address;

  @AfterEach
  void forgetFailedLoginsAndResume() {
    throttle.clear();
    if (delivery().path("paused").asBoolean()) {
      operator().exchange(RequestEntity.post("/api/delivery/resume").build(), String.class);
    }
  }

  @Test
  void listensOnLoopbackUnlessConfiguredOtherwise() {
    assertThat(address).isEqualTo("127.0.0.1");
  }

  @Test
  void throttlesThe20thWrongPasswordWithinAMinuteAndThenTheRightOneToo() {
    ResponseEntity<String> answer = null;
    for (int attempt = 1; attempt <= 20; attempt++) {
      answer = getRuns("operator", "wrong-guess");
    }
    assertProblem(answer, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
    assertThat(Long.parseLong(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
        .isBetween(1L, 300L);
    assertThat(answer.getBody()).doesNotContain("wrong-guess");

    ResponseEntity<String> rightPassword = getRuns("operator", "operator-test");
    assertProblem(rightPassword, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
  }

  /**
   * TestRestTemplate's HTTP client waits out a 429's Retry-After and asks again; a client that does
   * not retry shows the answer itself.
   */
  private ResponseEntity<String> getRuns(String user, String password) {
    RestTemplate client = new RestTemplate(new JdkClientHttpRequestFactory());
    client.setErrorHandler(new NoOpResponseErrorHandler());
    return client.exchange(
        RequestEntity.get(URI.create(rest.getRootUri() + "/api/runs"))
            .header(HttpHeaders.AUTHORIZATION, basic(user, password))
            .build(),
        String.class);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesACrossSiteFormPostWithBasicCredentialsToABodylessPost() {
    ResponseEntity<String> pause =
        operator()
            .exchange(
                RequestEntity.post("/api/delivery/pause")
                    .header(HttpHeaders.ORIGIN, EVIL)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body("reason=gotcha"),
                String.class);
    assertProblem(pause, HttpStatus.FORBIDDEN, "cross-site-request");
    assertThat(delivery().path("paused").asBoolean()).isFalse();

    ResponseEntity<String> imports =
        admin()
            .exchange(
                RequestEntity.post("/api/mappings/import")
                    .header(HttpHeaders.ORIGIN, EVIL)
                    .header("Sec-Fetch-Site", "cross-site")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(""),
                String.class);
    assertProblem(imports, HttpStatus.FORBIDDEN, "cross-site-request");
  }

  @Test
  void refusesFormsAndTextOnStateChangingRequestsEvenWithoutAnOrigin() {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("reason", "old browser");
    ResponseEntity<String> multipart =
        operator()
            .exchange(
                RequestEntity.post("/api/delivery/pause")
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(form),
                String.class);
    assertProblem(multipart, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");

    ResponseEntity<String> text =
        admin()
            .exchange(
                RequestEntity.post("/api/mappings/bao-cao-phu-luc-I/versions/1/validate")
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("x"),
                String.class);
    assertProblem(text, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    assertThat(delivery().path("paused").asBoolean()).isFalse();
  }

  @Test
  void acceptsJsonOrNoBodyFromTheApisOwnOriginAndFromClientsWithoutOne() {
    ResponseEntity<String> pause =
        operator()
            .exchange(
                RequestEntity.post("/api/delivery/pause")
                    .header(HttpHeaders.ORIGIN, rest.getRootUri())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"reason\":\"maintenance\"}"),
                String.class);
    assertThat(pause.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> resume =
        operator().exchange(RequestEntity.post("/api/delivery/resume").build(), String.class);
    assertThat(resume.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(delivery().path("paused").asBoolean()).isFalse();
  }

  @Test
  void answersTooLongFreeTextAndTooLongListsAsValidation() {
    ResponseEntity<String> reason =
        operator()
            .exchange(
                jsonPost("/api/delivery/pause", Map.of("reason", "x".repeat(501))), String.class);
    assertValidation(reason, "reason");
    assertThat(delivery().path("paused").asBoolean()).isFalse();

    String ids =
        LongStream.rangeClosed(1, 1001).mapToObj(Long::toString).collect(Collectors.joining(","));
    ResponseEntity<String> replay =
        operator()
            .exchange(
                RequestEntity.post("/api/delivery/replay")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"submissionIds\":[" + ids + "]}"),
                String.class);
    assertValidation(replay, "submissionIds");
    ResponseEntity<String> nullId =
        operator()
            .exchange(
                RequestEntity.post("/api/delivery/replay")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"submissionIds\":[null]}"),
                String.class);
    assertThat(nullId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<String> draft =
        admin()
            .exchange(
                jsonPost(
                    "/api/mappings/bao-cao-phu-luc-I/drafts",
                    Map.of("yaml", "#".repeat(100_001), "reason", "too long")),
                String.class);
    assertValidation(draft, "yaml");
  }

  @Test
  void answersABodyOverTheLimitAsPayloadTooLarge() {
    String reason = "x".repeat(5 * 1024 * 1024);
    ResponseEntity<String> answer =
        operator()
            .exchange(jsonPost("/api/delivery/pause", Map.of("reason", reason)), String.class);
    assertProblem(answer, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
    assertThat(delivery().path("paused").asBoolean()).isFalse();
  }

  @Test
  void answersAChunkedBodyOverTheLimitAsPayloadTooLarge() throws Exception {
    byte[] body =
        ("{\"reason\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/delivery/pause"))
            .version(HttpClient.Version.HTTP_1_1)
            .header(HttpHeaders.AUTHORIZATION, basic("operator", "operator-test"))
            .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
            // No length known beforehand: the body goes chunked.
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(json.readTree(answer.body()).path("type").asString()).endsWith("/payload-too-large");
    assertThat(delivery().path("paused").asBoolean()).isFalse();
  }

  private JsonNode delivery() {
    return json.readTree(operator().getForEntity("/api/delivery", String.class).getBody());
  }

  private void assertValidation(ResponseEntity<String> answer, String field) {
    assertProblem(answer, HttpStatus.BAD_REQUEST, "validation");
    assertThat(json.readTree(answer.getBody()).path("errors").get(0).path("field").asString())
        .isEqualTo(field);
  }

  private void assertProblem(ResponseEntity<String> answer, HttpStatus status, String type) {
    assertThat(answer.getStatusCode()).isEqualTo(status);
    assertThat(answer.getHeaders().getContentType())
        .isNotNull()
        .matches(t -> t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(json.readTree(answer.getBody()).path("type").asString())
        .isEqualTo("https://nq57-sync.local/problems/" + type);
  }

  private static RequestEntity<Map<String, String>> jsonPost(
      String path, Map<String, String> body) {
    return RequestEntity.post(path).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "admin-test");
  }
}

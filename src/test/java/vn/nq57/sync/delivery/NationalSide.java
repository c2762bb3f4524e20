package vn.nq57.sync.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The national API's reporting side as the contract describes it, as a WireMock transformer: a POST
 * of task reports is processed once per Idempotency-Key and replayed with {@code
 * Idempotent-Replayed: true} afterwards; every item is judged at once and a GET of the submission
 * answers COMPLETED with each item's receipt. What it received is kept in a {@link NationalLedger}.
 */
final class NationalSide implements ResponseDefinitionTransformerV2 {

  static final String NAME = "national-side";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final NationalLedger ledger = new NationalLedger();
  private final AtomicInteger slowPostsLeft = new AtomicInteger();
  private volatile int slowPostMillis;
  private volatile int everyPostMillis;

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  NationalLedger ledger() {
    return ledger;
  }

  /** The next {@code count} POSTs are answered only after {@code millis}: they stay in flight. */
  void slowDownNextPosts(int count, int millis) {
    slowPostMillis = millis;
    slowPostsLeft.set(count);
  }

  /** Every POST is answered after {@code millis}, so that instances' pushes overlap. */
  void delayEveryPost(int millis) {
    everyPostMillis = millis;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    LoggedRequest request = event.getRequest();
    if ("POST".equals(request.getMethod().getName())) {
      return withDelay(post(request));
    }
    String id = request.getUrl().substring(request.getUrl().lastIndexOf('/') + 1);
    return ledger
        .status(id)
        .map(status -> json(200, status))
        .orElseGet(() -> problem(404, "SUBMISSION_NOT_FOUND"));
  }

  private ResponseDefinition post(LoggedRequest request) {
    String key = request.getHeader("Idempotency-Key");
    if (key == null || !key.matches("[A-Za-z0-9._:-]{1,64}")) {
      return problem(400, "MISSING_IDEMPOTENCY_KEY");
    }
    NationalLedger.Answer answer = ledger.receive(key, request.getBodyAsString(), items(request));
    return switch (answer.kind()) {
      case PROCESSED -> json(202, answer.body());
      case REPLAYED ->
          aResponse()
              .withStatus(202)
              .withHeader("Content-Type", "application/json")
              .withHeader("Idempotent-Replayed", "true")
              .withBody(answer.body().toString())
              .build();
      case KEY_REUSED -> problem(422, "IDEMPOTENCY_KEY_REUSED");
    };
  }

  private ResponseDefinition withDelay(ResponseDefinition response) {
    int delay = everyPostMillis;
    if (slowPostsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      delay = slowPostMillis;
    }
    return delay == 0
        ? response
        : ResponseDefinitionBuilder.like(response).but().withFixedDelay(delay).build();
  }

  private static JsonNode items(LoggedRequest request) {
    return JSON.readTree(request.getBodyAsString()).path("items");
  }

  private static ResponseDefinition json(int status, ObjectNode body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body.toString())
        .build();
  }

  private static ResponseDefinition problem(int status, String code) {
    ObjectNode problem = JSON.createObjectNode();
    problem.put("type", "about:blank").put("title", code).put("status", status).put("code", code);
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/problem+json")
        .withBody(problem.toString())
        .build();
  }
}

package vn.nq57.sync.support;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * WireMock playing the national API by the contract: tokens, 202 on a report, and the
 * acknowledgement of a submission built from the items that were really posted. One server for the
 * whole test JVM; stubs live under src/test/resources/wiremock/national/.
 */
public final class NationalApiStub {

  public static final WireMockServer SERVER = start();
  private static final ObjectMapper JSON = new ObjectMapper();

  private NationalApiStub() {}

  private static WireMockServer start() {
    WireMockServer server =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .usingFilesUnderDirectory(
                    Path.of("src/test/resources/wiremock/national").toString()));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }

  public static String baseUrl() {
    return SERVER.baseUrl();
  }

  /** Back to the contract's happy path: the stubs from the stub folder only. */
  public static void reset() {
    SERVER.resetAll();
  }

  public static List<LoggedRequest> reportPosts() {
    return SERVER.findAll(WireMock.postRequestedFor(urlEqualTo("/api/v1/task-reports")));
  }

  public static List<LoggedRequest> indicatorPosts() {
    return SERVER.findAll(WireMock.postRequestedFor(urlEqualTo("/api/v1/indicator-reports")));
  }

  public static List<LoggedRequest> tokenRequests() {
    return SERVER.findAll(WireMock.postRequestedFor(urlEqualTo("/oauth2/token")));
  }

  /** Answers GET /api/v1/submissions/{id} as COMPLETED, judging each posted item with judge. */
  public static void completeSubmission(
      String submissionId, String postedBody, Function<JsonNode, ObjectNode> judge)
      throws Exception {
    ObjectNode status = JSON.createObjectNode();
    status.put("submissionId", submissionId);
    status.put("status", "COMPLETED");
    status.put("completedAt", "2025-08-25T09:00:05+07:00");
    ArrayNode items = status.putArray("items");
    JSON.readTree(postedBody).path("items").forEach(item -> items.add(judge.apply(item)));
    SERVER.stubFor(
        get(urlEqualTo("/api/v1/submissions/" + submissionId))
            .atPriority(1)
            .willReturn(okJson(status.toString())));
  }

  /** An accepted item with a receipt number. */
  public static ObjectNode accepted(JsonNode item, String receiptNo) {
    ObjectNode result = echo(item);
    result.put("result", "ACCEPTED");
    result.put("receiptNo", receiptNo);
    return result;
  }

  /** A rejected item with one national error. */
  public static ObjectNode rejected(JsonNode item, String field, String code) {
    ObjectNode result = echo(item);
    result.put("result", "REJECTED");
    result.putNull("receiptNo");
    ObjectNode error = result.putArray("errors").addObject();
    error.put("field", field);
    error.put("code", code);
    error.put("message", code + " on " + field);
    return result;
  }

  private static ObjectNode echo(JsonNode item) {
    ObjectNode result = JSON.createObjectNode();
    if (item.has("indicatorCode")) {
      result.set("indicatorCode", item.path("indicatorCode"));
    } else {
      result.set("taskCode", item.path("taskCode"));
      result.set("localRef", item.path("localRef"));
    }
    result.set("revision", item.path("revision"));
    return result;
  }

  /** A problem answer as the contract writes it. */
  public static ResponseDefinitionBuilder problem(int status, String code) {
    return ContractProblems.problem(status, code);
  }

  public static void stubPost(ResponseDefinitionBuilder response) {
    SERVER.stubFor(post(urlEqualTo("/api/v1/task-reports")).atPriority(1).willReturn(response));
  }
}

package vn.nq57.sync.national;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The calls of the national contract that the adapter makes. A token that expired is renewed and
 * the request repeated once; every other failure surfaces as a transient or permanent exception.
 */
@Component
public class NationalApiClient {

  private final NationalHttp http;
  private final TokenCache tokens;
  private final ObjectMapper json;

  NationalApiClient(NationalHttp http, TokenCache tokens, ObjectMapper json) {
    this.http = http;
    this.tokens = tokens;
    this.json = json;
  }

  /** POST /api/v1/task-reports with its Idempotency-Key; the body goes out byte for byte. */
  public SubmissionAccepted postTaskReports(String idempotencyKey, String body) {
    return postReports("/api/v1/task-reports", idempotencyKey, body);
  }

  /** POST /api/v1/indicator-reports with its Idempotency-Key; the body goes out byte for byte. */
  public SubmissionAccepted postIndicatorReports(String idempotencyKey, String body) {
    return postReports("/api/v1/indicator-reports", idempotencyKey, body);
  }

  private SubmissionAccepted postReports(String path, String idempotencyKey, String body) {
    NationalResponse response =
        authorized("POST", path, body, Map.of("Idempotency-Key", idempotencyKey));
    if (response.status() != 202) {
      throw NationalProblems.failure("POST " + path, response);
    }
    SubmissionAccepted accepted =
        convert(response, SubmissionAccepted.class).withReplayed(response.replayed());
    if (accepted.submissionId() == null || accepted.submissionId().isBlank()) {
      throw NationalProblems.failure("POST " + path + " (no submissionId)", response);
    }
    return accepted;
  }

  /** GET /api/v1/submissions/{id}: the acknowledgement so far. */
  public SubmissionStatus submission(String submissionId) {
    String path = "/api/v1/submissions/" + submissionId;
    NationalResponse response = authorized("GET", path, null, Map.of());
    if (response.status() != 200) {
      throw NationalProblems.failure("GET " + path, response);
    }
    return convert(response, SubmissionStatus.class);
  }

  /**
   * GET /api/v1/units/{unitCode}/tasks: one page (from 0) of the unit's national task catalogue.
   */
  CataloguePage cataloguePage(String unitCode, int page, int size) {
    String path =
        "/api/v1/units/"
            + URLEncoder.encode(unitCode, StandardCharsets.UTF_8).replace("+", "%20")
            + "/tasks?page="
            + page
            + "&size="
            + size;
    NationalResponse response = authorized("GET", path, null, Map.of());
    if (response.status() != 200) {
      throw NationalProblems.failure("GET " + path, response);
    }
    return convert(response, CataloguePage.class);
  }

  private NationalResponse authorized(
      String method, String path, String body, Map<String, String> extraHeaders) {
    NationalResponse response = once(method, path, body, extraHeaders);
    if (NationalProblems.isExpiredToken(response)) {
      tokens.invalidate();
      response = once(method, path, body, extraHeaders);
      if (NationalProblems.isExpiredToken(response)) {
        tokens.invalidate();
      }
    }
    return response;
  }

  private NationalResponse once(
      String method, String path, String body, Map<String, String> extraHeaders) {
    Map<String, String> headers = new HashMap<>(extraHeaders);
    headers.put("Authorization", "Bearer " + tokens.token());
    return http.send(method, path, "application/json; charset=UTF-8", body, headers);
  }

  private <T> T convert(NationalResponse response, Class<T> type) {
    return json.convertValue(NationalProblems.read(json, response.body()), type);
  }
}

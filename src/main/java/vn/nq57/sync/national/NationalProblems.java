package vn.nq57.sync.national;

import java.time.Duration;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.MissingNode;
import vn.nq57.sync.support.PermanentFailureException;
import vn.nq57.sync.support.TransientFailureException;
import vn.nq57.sync.support.WaitRequestedException;

/** Turns a national answer that is not a success into a transient or permanent failure. */
final class NationalProblems {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Set<Integer> TRANSIENT = Set.of(408, 425, 429, 500, 502, 503, 504);

  private NationalProblems() {}

  static RuntimeException failure(String what, NationalResponse response) {
    JsonNode problem = readLenient(response.body());
    String code = problem.path("code").asString("HTTP_" + response.status());
    String message =
        what + " answered " + response.status() + " " + code + detail(problem) + errors(problem);
    Duration retryAfter = response.retryAfterDuration().orElse(null);
    // 429 and 503 (maintenance) are the server asking to wait, not a failure of the report.
    if (response.status() == 429 || response.status() == 503) {
      return new WaitRequestedException(message, retryAfter, response.status(), code);
    }
    // An expired token that was just renewed is a race with the server's clock: try again later.
    if (TRANSIENT.contains(response.status()) || code.equals("TOKEN_EXPIRED")) {
      return new TransientFailureException(message, retryAfter, null, response.status(), code);
    }
    return new PermanentFailureException(code, message, response.status());
  }

  static boolean isExpiredToken(NationalResponse response) {
    if (response.status() != 401) {
      return false;
    }
    String code = readLenient(response.body()).path("code").asString("");
    return code.equals("TOKEN_EXPIRED") || code.equals("INVALID_TOKEN");
  }

  static JsonNode read(ObjectMapper json, String body) {
    try {
      return json.readTree(body == null ? "" : body);
    } catch (JacksonException e) {
      throw new TransientFailureException(
          "the national API answered malformed JSON: " + e.getOriginalMessage(), null, e);
    }
  }

  private static JsonNode readLenient(String body) {
    try {
      JsonNode node = PLAIN.readTree(body == null ? "" : body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (JacksonException e) {
      return MissingNode.getInstance();
    }
  }

  private static String detail(JsonNode problem) {
    String detail = problem.path("detail").asString("");
    return detail.isBlank() ? "" : ": " + detail;
  }

  private static String errors(JsonNode problem) {
    JsonNode errors = problem.path("errors");
    return errors.isArray() && !errors.isEmpty() ? " " + errors : "";
  }
}

package vn.nq57.sync.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the national side received and did, by the contract's rules: per Idempotency-Key how often
 * it was processed, replayed or refused for another body; per (taskCode, revision) how often an
 * item was accepted; and the acknowledgement of each submission. Thread-safe: Jetty serves
 * concurrently.
 */
final class NationalLedger {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private final List<String> postKeys = new ArrayList<>();
  private final Map<String, String> bodyByKey = new HashMap<>();
  private final Map<String, ObjectNode> answerByKey = new HashMap<>();
  private final Map<String, Integer> processed = new LinkedHashMap<>();
  private final Map<String, Integer> replayed = new LinkedHashMap<>();
  private final Map<String, Integer> refused = new LinkedHashMap<>();
  private final Map<String, ObjectNode> statusById = new HashMap<>();
  private final Map<TaskRevision, Integer> accepted = new LinkedHashMap<>();
  private final Map<String, Integer> lastAcceptedRevision = new HashMap<>();
  private final List<String> rejected = new ArrayList<>();

  /** Handles one POST of task reports under its key. */
  synchronized Answer receive(String key, String body, JsonNode items) {
    postKeys.add(key);
    if (bodyByKey.containsKey(key)) {
      if (!bodyByKey.get(key).equals(body)) {
        refused.merge(key, 1, Integer::sum);
        return new Answer(Kind.KEY_REUSED, null);
      }
      replayed.merge(key, 1, Integer::sum);
      return new Answer(Kind.REPLAYED, answerByKey.get(key));
    }
    processed.merge(key, 1, Integer::sum);
    String id = "S-2025-%06d".formatted(statusById.size() + 1);
    ObjectNode status = JSON.createObjectNode().put("submissionId", id).put("status", "COMPLETED");
    status.put("completedAt", OffsetDateTime.now(VIETNAM).toString());
    ArrayNode results = status.putArray("items");
    items.forEach(item -> results.add(judge(item)));
    statusById.put(id, status);
    ObjectNode answer = JSON.createObjectNode().put("submissionId", id).put("status", "RECEIVED");
    answer.put("receivedAt", OffsetDateTime.now(VIETNAM).toString()).put("itemCount", items.size());
    bodyByKey.put(key, body);
    answerByKey.put(key, answer);
    return new Answer(Kind.PROCESSED, answer);
  }

  /** An item is ACCEPTED unless the national side already accepted a higher revision of it. */
  private ObjectNode judge(JsonNode item) {
    String taskCode = item.path("taskCode").asString();
    int revision = item.path("revision").asInt();
    ObjectNode result = JSON.createObjectNode().put("taskCode", taskCode);
    result.put("localRef", item.path("localRef").asString()).put("revision", revision);
    if (revision < lastAcceptedRevision.getOrDefault(taskCode, 0)) {
      rejected.add(taskCode + " rev " + revision + ": STALE_REVISION");
      ObjectNode error =
          result.put("result", "REJECTED").putNull("receiptNo").putArray("errors").addObject();
      error.put("field", "revision").put("code", "STALE_REVISION");
      return result;
    }
    lastAcceptedRevision.merge(taskCode, revision, Math::max);
    accepted.merge(new TaskRevision(taskCode, revision), 1, Integer::sum);
    return result.put("result", "ACCEPTED").put("receiptNo", receipt(taskCode, revision));
  }

  private static String receipt(String taskCode, int revision) {
    return "R-51-2025-" + taskCode + "-" + revision;
  }

  synchronized Optional<ObjectNode> status(String submissionId) {
    return Optional.ofNullable(statusById.get(submissionId)).map(ObjectNode::deepCopy);
  }

  /** Every POST's Idempotency-Key, in the order they arrived. */
  synchronized List<String> postKeys() {
    return List.copyOf(postKeys);
  }

  synchronized Map<String, Integer> processedByKey() {
    return Map.copyOf(processed);
  }

  synchronized Map<String, Integer> replayedByKey() {
    return Map.copyOf(replayed);
  }

  synchronized Map<String, Integer> refusedByKey() {
    return Map.copyOf(refused);
  }

  /** How many times each (taskCode, revision) was accepted. */
  synchronized Map<TaskRevision, Integer> acceptedCounts() {
    return Map.copyOf(accepted);
  }

  synchronized List<String> rejected() {
    return List.copyOf(rejected);
  }

  synchronized String summary() {
    return ("POSTs %d, keys processed %d, replays %d, refused %d, items accepted %d"
            + " (distinct %d), rejected %d")
        .formatted(
            postKeys.size(),
            processed.size(),
            replayed.values().stream().mapToInt(Integer::intValue).sum(),
            refused.values().stream().mapToInt(Integer::intValue).sum(),
            accepted.values().stream().mapToInt(Integer::intValue).sum(),
            accepted.size(),
            rejected.size());
  }

  /** One revision of one national task. */
  record TaskRevision(String taskCode, int revision) {}

  enum Kind {
    PROCESSED,
    REPLAYED,
    KEY_REUSED
  }

  /** What a POST got: the kind of handling and the 202 body, if any. */
  record Answer(Kind kind, ObjectNode body) {}
}

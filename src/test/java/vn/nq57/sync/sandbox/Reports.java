package vn.nq57.sync.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Test data: sandbox settings and valid report batches to spoil one field at a time. */
final class Reports {

  /** 2025-11-21 10:00 in Vietnam. */
  static final Instant NOW = Instant.parse("2025-11-21T03:00:00Z");

  static final String CLIENT_ID = "demo-client";
  static final String CLIENT_SECRET = "demo-secret";

  private Reports() {}

  static SandboxProperties properties() {
    return new SandboxProperties(
        true, CLIENT_ID, CLIENT_SECRET, "51", Duration.ofSeconds(300), Duration.ofSeconds(1), 60);
  }

  static ObjectNode item(String taskCode, int revision) {
    ObjectNode item = SandboxJson.MAPPER.createObjectNode();
    item.put("taskCode", taskCode).put("localRef", "KH-" + taskCode).put("revision", revision);
    item.put("status", "IN_PROGRESS").put("progressPercent", 50).putNull("dueOn");
    item.put("dueText", "31/12/2025").put("recurring", false).putNull("completedOn");
    item.putObject("leadUnit").put("code", "SKHCN").put("name", "Sở Khoa học và Công nghệ");
    item.put("resultSummary", "Đang triển khai").putNull("difficulties");
    ObjectNode evidence = item.putArray("evidence").addObject();
    evidence.put("documentNo", "1827-QĐ/TU").put("issuedOn", "2025-06-01");
    evidence.put("title", "Quyết định ban hành kế hoạch").put("url", "https://vanban.example/1827");
    item.put("updatedAt", "2025-11-20T08:00:00+07:00");
    return item;
  }

  static ObjectNode batch(JsonNode... items) {
    return batch(List.of(items));
  }

  static ObjectNode batch(List<? extends JsonNode> items) {
    ObjectNode batch = SandboxJson.MAPPER.createObjectNode().put("reportingUnitCode", "51");
    batch.putObject("period").put("type", "WEEK").put("id", "2025-W47");
    ArrayNode array = batch.putArray("items");
    items.forEach(array::add);
    return batch;
  }

  static ObjectNode indicatorBatch(String... indicatorCodes) {
    ObjectNode batch = SandboxJson.MAPPER.createObjectNode().put("reportingUnitCode", "51");
    batch.putObject("period").put("type", "MONTH").put("id", "2025-11");
    ArrayNode array = batch.putArray("items");
    for (String code : indicatorCodes) {
      array.addObject().put("indicatorCode", code).put("value", 87.5).put("revision", 1);
    }
    return batch;
  }

  static byte[] bytes(JsonNode json) {
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}

package vn.nq57.sync.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Flattens a JSON record into source fields: nested objects become dotted names ({@code
 * don_vi.ten}), a list of values one text joined with "; " (agency lists), a list of objects
 * indexed names ({@code dinh_kem.0.ten}); null is an empty value.
 */
final class JsonFields {

  private JsonFields() {}

  static Map<String, String> flatten(JsonNode record) {
    Map<String, String> fields = new LinkedHashMap<>();
    flatten("", record, fields);
    return fields;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
    if (node.isObject()) {
      node.properties().forEach(e -> flatten(name(prefix, e.getKey()), e.getValue(), fields));
    } else if (node.isArray() && containsContainers(node)) {
      for (int i = 0; i < node.size(); i++) {
        flatten(name(prefix, String.valueOf(i)), node.get(i), fields);
      }
    } else if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(v -> values.add(v.isNull() ? "" : v.asString()));
      fields.put(prefix, String.join("; ", values));
    } else {
      fields.put(prefix, node.isNull() || node.isMissingNode() ? "" : node.asString());
    }
  }

  private static boolean containsContainers(JsonNode array) {
    for (JsonNode element : array) {
      if (element.isContainer()) {
        return true;
      }
    }
    return false;
  }

  private static String name(String prefix, String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }
}

package vn.nq57.sync.mapping;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The confirmed links from local tasks (localRef) to national task codes; a task not listed is
 * parked, never sent with a guessed code.
 */
final class Crosswalk {

  static final int MAX_TASK_CODE = 64;
  static final int MAX_LOCAL_REF = 128;
  private static final Set<String> ENTRY_FIELDS = Set.of("localRef", "taskCode", "title");

  private final String name;
  private final Map<String, String> taskCodes;

  private Crosswalk(String name, Map<String, String> taskCodes) {
    this.name = name;
    this.taskCodes = Map.copyOf(taskCodes);
  }

  /** Reads and checks a crosswalk file: {@code tasks: [{localRef, taskCode, title}]}. */
  static Crosswalk parse(String name, String origin, String yaml) {
    YamlDocument doc = YamlDocument.parse(yaml, origin);
    JsonNode tasks = doc.root().get("tasks");
    if (tasks == null || !tasks.isArray()) {
      throw doc.error("/tasks", "a crosswalk needs a 'tasks' list of {localRef, taskCode, title}.");
    }
    Map<String, String> codes = new HashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      String at = "/tasks/" + i;
      JsonNode entry = tasks.get(i);
      check(doc, at, entry);
      String localRef = entry.get("localRef").asString();
      if (codes.putIfAbsent(localRef, entry.get("taskCode").asString()) != null) {
        throw doc.error(
            at + "/localRef", "localRef '" + localRef + "' is listed twice; keep one entry.");
      }
    }
    return new Crosswalk(name, codes);
  }

  private static void check(YamlDocument doc, String at, JsonNode entry) {
    if (!entry.isObject()) {
      throw doc.error(at, "each entry must be a mapping with localRef and taskCode.");
    }
    for (Iterator<String> names = entry.propertyNames().iterator(); names.hasNext(); ) {
      String field = names.next();
      if (!ENTRY_FIELDS.contains(field)) {
        throw doc.error(
            at + YamlDocument.segment(field),
            "unknown property '" + field + "'; allowed: " + ENTRY_FIELDS + ".");
      }
    }
    checkText(doc, at + "/localRef", entry.get("localRef"), MAX_LOCAL_REF);
    checkText(doc, at + "/taskCode", entry.get("taskCode"), MAX_TASK_CODE);
  }

  private static void checkText(YamlDocument doc, String at, JsonNode value, int max) {
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw doc.error(at, "a non-blank text value is required.");
    }
    if (VietnameseText.length(value.asString()) > max) {
      throw doc.error(
          at, "'%s' is longer than the contract's %d characters.".formatted(value.asString(), max));
    }
  }

  String name() {
    return name;
  }

  /** Every link, localRef → task code. */
  Map<String, String> links() {
    return taskCodes;
  }

  Optional<String> taskCode(String localRef) {
    return Optional.ofNullable(taskCodes.get(localRef));
  }
}

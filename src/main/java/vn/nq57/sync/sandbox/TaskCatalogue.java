package vn.nq57.sync.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The national task catalogue of {@code sandbox/catalogue.json}, each task with its unit. */
class TaskCatalogue {

  static final String RESOURCE = "sandbox/catalogue.json";
  private static final int DEFAULT_SIZE = 100;
  private static final int MAX_SIZE = 500;

  private final Map<String, JsonNode> tasks = new LinkedHashMap<>();

  TaskCatalogue() {
    SandboxJson.resource(RESOURCE)
        .path("tasks")
        .forEach(task -> tasks.put(task.path("taskCode").asString(), task));
  }

  Optional<JsonNode> find(String taskCode) {
    return Optional.ofNullable(tasks.get(taskCode));
  }

  /**
   * Page {@code page} (from 0) of the tasks assigned to the unit; page and size as in the query.
   */
  TaskPage page(String unitCode, String page, String size) {
    int pageNo = parse("page", page, 0, 0, Integer.MAX_VALUE);
    int pageSize = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    List<JsonNode> assigned =
        tasks.values().stream()
            .filter(t -> unitCode.equals(t.path("assignedUnitCode").asString()))
            .toList();
    int totalPages = (assigned.size() + pageSize - 1) / pageSize;
    long from = Math.min((long) pageNo * pageSize, assigned.size());
    int to = (int) Math.min(from + pageSize, assigned.size());
    return new TaskPage(pageNo, totalPages, new ArrayList<>(assigned.subList((int) from, to)));
  }

  private static int parse(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below like any other out-of-range value
    }
    String message = name + " must be an integer from " + min + " to " + max;
    throw new SandboxException(
        ProblemCode.SCHEMA_VIOLATION,
        "invalid query parameter " + name,
        List.of(new FieldError(name, "INVALID_VALUE", message)),
        null);
  }
}

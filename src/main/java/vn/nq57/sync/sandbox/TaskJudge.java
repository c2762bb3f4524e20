package vn.nq57.sync.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Judges task report items by the contract's rules: catalogue, dates, evidence, revision. */
class TaskJudge implements ItemJudge {

  private final TaskCatalogue catalogue;
  private final RevisionLedger ledger;
  private final String unitCode;

  TaskJudge(TaskCatalogue catalogue, RevisionLedger ledger, String unitCode) {
    this.catalogue = catalogue;
    this.ledger = ledger;
    this.unitCode = unitCode;
  }

  @Override
  public List<ItemResult> judge(JsonNode items, Instant at) {
    List<ItemResult> results = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      results.add(judgeItem(items.get(i), "items[" + i + "].", at));
    }
    return results;
  }

  private ItemResult judgeItem(JsonNode item, String prefix, Instant at) {
    String taskCode = item.path("taskCode").asString();
    int revision = item.path("revision").asInt();
    String content = SandboxJson.canonical(item);
    List<FieldError> errors = new ArrayList<>(catalogueRules(taskCode, prefix));
    errors.addAll(dateRules(item, prefix, at.atOffset(RevisionLedger.VIETNAM).toLocalDate()));
    errors.addAll(evidenceRules(item, prefix));
    ledger
        .staleness(taskCode, revision, content)
        .ifPresent(why -> errors.add(new FieldError(prefix + "revision", "STALE_REVISION", why)));
    String localRef = item.path("localRef").asString(null);
    if (!errors.isEmpty()) {
      return new ItemResult(
          taskCode, null, localRef, revision, ItemResult.REJECTED, null, List.copyOf(errors));
    }
    String receiptNo = ledger.accept(taskCode, revision, content, at);
    return new ItemResult(taskCode, null, localRef, revision, ItemResult.ACCEPTED, receiptNo, null);
  }

  private List<FieldError> catalogueRules(String taskCode, String prefix) {
    String field = prefix + "taskCode";
    Optional<JsonNode> task = catalogue.find(taskCode);
    if (task.isEmpty()) {
      return List.of(new FieldError(field, "UNKNOWN_TASK_CODE", "not in the national catalogue"));
    }
    String assigned = task.get().path("assignedUnitCode").asString();
    return assigned.equals(unitCode)
        ? List.of()
        : List.of(new FieldError(field, "NOT_ASSIGNED_TO_UNIT", "assigned to unit " + assigned));
  }

  private static List<FieldError> dateRules(JsonNode item, String prefix, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    String status = item.path("status").asString();
    LocalDate completedOn = date(item, "completedOn", prefix, errors);
    LocalDate dueOn = date(item, "dueOn", prefix, errors);
    String completedField = prefix + "completedOn";
    if ("COMPLETED".equals(status) && !item.hasNonNull("completedOn")) {
      errors.add(new FieldError(completedField, "FIELD_REQUIRED", "COMPLETED needs completedOn"));
    }
    if (!"COMPLETED".equals(status) && completedOn != null) {
      errors.add(new FieldError(completedField, "INVALID_VALUE", "only COMPLETED has completedOn"));
    }
    if (completedOn != null && completedOn.isAfter(today)) {
      errors.add(
          new FieldError(completedField, "INVALID_DATE", "in the future (today " + today + ")"));
    }
    if ("OVERDUE".equals(status) && (dueOn == null || !dueOn.isBefore(today))) {
      errors.add(new FieldError(prefix + "status", "INVALID_VALUE", "OVERDUE needs a past dueOn"));
    }
    return errors;
  }

  private static LocalDate date(
      JsonNode item, String name, String prefix, List<FieldError> errors) {
    JsonNode value = item.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(value.asString());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(prefix + name, "INVALID_DATE", "not a YYYY-MM-DD date"));
      return null;
    }
  }

  private static List<FieldError> evidenceRules(JsonNode item, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    JsonNode evidence = item.path("evidence");
    for (int j = 0; j < evidence.size(); j++) {
      JsonNode url = evidence.get(j).get("url");
      if (url != null && !url.isNull() && !isHttps(url.asString())) {
        String field = prefix + "evidence[" + j + "].url";
        errors.add(new FieldError(field, "INVALID_URL", "evidence links must be https"));
      }
    }
    return errors;
  }

  private static boolean isHttps(String url) {
    try {
      URI uri = new URI(url);
      return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

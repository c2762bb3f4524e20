package vn.nq57.sync.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Judges indicator report items: the indicatorCode must be one of {@code indicators.json}, and its
 * revision must not be lower than the last accepted one of that indicator (STALE_REVISION, as for
 * tasks); the same revision with the same content is accepted again with its receipt number.
 */
class IndicatorJudge implements ItemJudge {

  static final String RESOURCE = "sandbox/indicators.json";

  private final Set<String> indicatorCodes = new HashSet<>();
  private final RevisionLedger ledger;

  /** Receipt numbers follow on from those of the task ledger; revisions are kept apart. */
  IndicatorJudge(RevisionLedger ledger) {
    this.ledger = ledger.sharingReceipts();
    SandboxJson.resource(RESOURCE)
        .path("indicators")
        .forEach(i -> indicatorCodes.add(i.path("indicatorCode").asString()));
  }

  @Override
  public List<ItemResult> judge(JsonNode items, Instant at) {
    List<ItemResult> results = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      results.add(judgeOne(items.get(i), "items[" + i + "].", at));
    }
    return results;
  }

  private ItemResult judgeOne(JsonNode item, String prefix, Instant at) {
    String code = item.path("indicatorCode").asString();
    int revision = item.path("revision").asInt();
    if (!indicatorCodes.contains(code)) {
      FieldError error = new FieldError(prefix + "indicatorCode", "UNKNOWN_INDICATOR", "not known");
      return new ItemResult(null, code, null, revision, ItemResult.REJECTED, null, List.of(error));
    }
    String content = SandboxJson.canonical(item);
    return ledger
        .staleness(code, revision, content)
        .map(
            why ->
                new ItemResult(
                    null,
                    code,
                    null,
                    revision,
                    ItemResult.REJECTED,
                    null,
                    List.of(new FieldError(prefix + "revision", "STALE_REVISION", why))))
        .orElseGet(
            () ->
                new ItemResult(
                    null,
                    code,
                    null,
                    revision,
                    ItemResult.ACCEPTED,
                    ledger.accept(code, revision, content, at),
                    null));
  }
}

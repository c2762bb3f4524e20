package vn.nq57.sync.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Judges indicator report items: the indicatorCode must be one of {@code indicators.json}. */
class IndicatorJudge implements ItemJudge {

  static final String RESOURCE = "sandbox/indicators.json";

  private final Set<String> indicatorCodes = new HashSet<>();
  private final RevisionLedger ledger;

  IndicatorJudge(RevisionLedger ledger) {
    this.ledger = ledger;
    SandboxJson.resource(RESOURCE)
        .path("indicators")
        .forEach(i -> indicatorCodes.add(i.path("indicatorCode").asString()));
  }

  @Override
  public List<ItemResult> judge(JsonNode items, Instant at) {
    List<ItemResult> results = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String code = item.path("indicatorCode").asString();
      int revision = item.path("revision").asInt();
      if (indicatorCodes.contains(code)) {
        String receiptNo = ledger.nextReceipt(at);
        results.add(
            new ItemResult(null, code, null, revision, ItemResult.ACCEPTED, receiptNo, null));
      } else {
        FieldError error =
            new FieldError("items[" + i + "].indicatorCode", "UNKNOWN_INDICATOR", "not known");
        results.add(
            new ItemResult(null, code, null, revision, ItemResult.REJECTED, null, List.of(error)));
      }
    }
    return results;
  }
}

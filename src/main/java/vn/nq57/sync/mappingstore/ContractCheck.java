package vn.nq57.sync.mappingstore;

import java.util.ArrayList;
import java.util.List;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskStatus;

/**
 * The national contract's rules for one TaskReport item (nq57-api/openapi.yaml), checked before
 * anything is sent, so a preview can say whether the national API would accept an item. Revision
 * and updatedAt are the outbox's and are not checked here.
 */
final class ContractCheck {

  private ContractCheck() {}

  /** The rules the item breaks, as "field: problem"; empty when the contract accepts it. */
  static List<String> violations(TaskReport r) {
    List<String> out = new ArrayList<>();
    required(out, "taskCode", r.taskCode());
    required(out, "localRef", r.localRef());
    if (r.status() == null) {
      out.add("status: required");
    }
    max(out, "taskCode", r.taskCode(), 64);
    max(out, "localRef", r.localRef(), 128);
    max(out, "dueText", r.dueText(), 200);
    max(out, "resultSummary", r.resultSummary(), 8000);
    max(out, "difficulties", r.difficulties(), 4000);
    max(out, "proposals", r.proposals(), 4000);
    if (r.status() == TaskStatus.COMPLETED && r.completedOn() == null) {
      out.add("completedOn: required when status is COMPLETED");
    }
    if (r.status() != TaskStatus.COMPLETED && r.completedOn() != null) {
      out.add("completedOn: allowed only when status is COMPLETED");
    }
    if (r.progressPercent() != null && (r.progressPercent() < 0 || r.progressPercent() > 100)) {
      out.add("progressPercent: must be 0–100");
    }
    if (r.leadUnit() != null) {
      max(out, "leadUnit.code", r.leadUnit().code(), 32);
      max(out, "leadUnit.name", r.leadUnit().name(), 300);
    }
    if (r.evidence().size() > 50) {
      out.add("evidence: at most 50 items");
    }
    return out;
  }

  private static void required(List<String> out, String field, String value) {
    if (value == null || value.isBlank()) {
      out.add(field + ": required");
    }
  }

  private static void max(List<String> out, String field, String value, int limit) {
    if (value != null && value.codePointCount(0, value.length()) > limit) {
      out.add("%s: longer than %d characters".formatted(field, limit));
    }
  }
}

package vn.nq57.sync.console;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.nq57.sync.run.ParkedView;

/**
 * A parked row in plain language: the row as run reports it (with the source values that parked
 * it), and a message key for what the code means and what to do ({@code parked.<CODE>}); codes
 * without their own text use {@code parked.OTHER}.
 */
record ParkedAdvice(ParkedView row, String adviceKey) {

  /** The codes that have their own explanation in the message bundles. */
  static final Set<String> EXPLAINED =
      Set.of(
          "STATUS_MISSING",
          "STATUS_UNMAPPED",
          "DATE_UNRECOGNISED",
          "COMPLETED_WITHOUT_DATE",
          "COMPLETED_IN_FUTURE",
          "NO_TASK_CODE",
          "KEY_MISSING",
          "DUPLICATE_KEY",
          "FIELD_TOO_LONG",
          "PROGRESS_UNRECOGNISED",
          "DEADLINE_UNRECOGNISED",
          "AGENCY_UNMAPPED");

  static ParkedAdvice of(ParkedView row) {
    return new ParkedAdvice(
        row, "parked." + (EXPLAINED.contains(row.code()) ? row.code() : "OTHER"));
  }

  static List<ParkedAdvice> all(List<ParkedView> rows) {
    return rows.stream().map(ParkedAdvice::of).toList();
  }

  /** How many rows each source has parked now, by source id. */
  static Map<String, Integer> countBySource(List<ParkedView> rows) {
    Map<String, Integer> counts = new TreeMap<>();
    rows.forEach(p -> counts.merge(p.sourceId(), 1, Integer::sum));
    return counts;
  }
}

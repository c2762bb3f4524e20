package vn.nq57.sync.console;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.nq57.sync.run.RunQueries.ParkedNow;

/**
 * A parked row in plain language: the stored reason, and a message key for what the code means and
 * what to do about it ({@code parked.<CODE>}); codes without their own text use {@code
 * parked.OTHER}.
 */
record ParkedView(ParkedNow parked, String adviceKey) {

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

  static ParkedView of(ParkedNow parked) {
    String code = parked.record().code();
    return new ParkedView(parked, "parked." + (EXPLAINED.contains(code) ? code : "OTHER"));
  }

  static List<ParkedView> all(List<ParkedNow> parked) {
    return parked.stream().map(ParkedView::of).toList();
  }

  /** How many rows each source has parked now, by source id. */
  static Map<String, Integer> countBySource(List<ParkedNow> parked) {
    Map<String, Integer> counts = new TreeMap<>();
    parked.forEach(p -> counts.merge(p.record().sourceId(), 1, Integer::sum));
    return counts;
  }
}

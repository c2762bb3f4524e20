package vn.nq57.sync.mapping;

import java.util.Map;
import java.util.Optional;
import vn.nq57.sync.national.CatalogueTask;
import vn.nq57.sync.national.TaskCatalogue;

/**
 * The national task code of a row: from the source field that holds it, else (or when that field is
 * blank) from the crosswalk; checked against the national catalogue when one is cached, so a code
 * the unit was not assigned is parked here rather than rejected by the national side.
 */
final class TaskCodeRule {

  private final String from;
  private final Crosswalk crosswalk;

  /** At least one of the two is given. */
  TaskCodeRule(String from, Crosswalk crosswalk) {
    this.from = from;
    this.crosswalk = crosswalk;
  }

  /** The crosswalk's links, localRef → task code; empty without a crosswalk. */
  Map<String, String> links() {
    return crosswalk == null ? Map.of() : crosswalk.links();
  }

  /** The confirmed code, read without the catalogue; empty when the row has none. */
  Optional<String> find(RowFields row, String localRef) {
    String stated = from == null ? "" : VietnameseText.clean(stated(row));
    if (!stated.isEmpty()) {
      return Optional.of(stated);
    }
    return crosswalk == null ? Optional.empty() : crosswalk.taskCode(localRef);
  }

  /** The code for the report; parks the row when there is none or the catalogue lacks it. */
  String code(RowFields row, String localRef, TaskCatalogue catalogue) {
    String code = find(row, localRef).orElseThrow(() -> missing(localRef));
    if (VietnameseText.length(code) > Crosswalk.MAX_TASK_CODE) {
      throw new UnmappableValueException(
          "FIELD_TOO_LONG",
          "The task code %s from '%s' is longer than the contract's %d characters."
              .formatted(VietnameseText.quote(code), from, Crosswalk.MAX_TASK_CODE));
    }
    if (catalogue != null) {
      check(code, catalogue);
    }
    return code;
  }

  private String stated(RowFields row) {
    // With a crosswalk to fall back on, a source without the column is not an error.
    return crosswalk == null ? row.get(from) : row.find(from).orElse("");
  }

  private UnmappableValueException missing(String localRef) {
    String fix =
        crosswalk == null
            ? "fill the field '%s' in the source".formatted(from)
            : (from == null ? "" : "fill the field '%s' in the source or ".formatted(from))
                + "add it to "
                + crosswalk.name();
    return new UnmappableValueException(
        "NO_TASK_CODE",
        "The local task %s has no confirmed national task code; %s.".formatted(localRef, fix));
  }

  private static void check(String code, TaskCatalogue catalogue) {
    Optional<CatalogueTask> task = catalogue.find(code);
    if (task.isEmpty()) {
      throw new UnmappableValueException(
          "TASK_NOT_IN_CATALOGUE",
          ("The task code %s is not in the national catalogue of unit %s (read %s): it is unknown"
                  + " or assigned to another unit, and the national side would reject it; correct"
                  + " the code, or refresh the catalogue if it was assigned since.")
              .formatted(
                  VietnameseText.quote(code), catalogue.unitCode(), catalogue.refreshedAt()));
    }
    if (!catalogue.unitCode().equals(task.get().assignedUnitCode())) {
      throw new UnmappableValueException(
          "TASK_NOT_ASSIGNED_TO_UNIT",
          "The task %s is assigned to unit %s, not to %s; report it from that unit or correct the code."
              .formatted(
                  VietnameseText.quote(code), task.get().assignedUnitCode(), catalogue.unitCode()));
    }
  }
}

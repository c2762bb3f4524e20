package vn.nq57.sync.mapping;

import java.time.LocalDate;
import java.util.Set;
import vn.nq57.sync.national.TaskStatus;

/**
 * The actual completion date, which the contract allows only on COMPLETED tasks; for any other
 * status the column is ignored, because sources put planned dates there.
 */
final class CompletionRule {

  // A dash is how people type "nothing" into a spreadsheet cell.
  private static final Set<String> EMPTY = Set.of("", "-", "–", "—");

  private final Selector source;
  private final String field;

  /** {@code source} is null when the mapping has no completion column. */
  CompletionRule(Selector source) {
    this.source = source;
    this.field = source == null ? null : source.label();
  }

  LocalDate completedOn(TaskStatus status, RowFields row, LocalDate today) {
    if (status != TaskStatus.COMPLETED) {
      return null;
    }
    boolean read = source != null && source.applies(row);
    String raw = read ? VietnameseText.clean(source.read(row)) : "";
    if (EMPTY.contains(raw)) {
      throw new UnmappableValueException(
          "COMPLETED_WITHOUT_DATE",
          "The task is completed but %s; enter the actual completion date (d/m/yyyy) in the source, or correct the status."
              .formatted(missing(raw)));
    }
    LocalDate date = VietnameseDates.parse(raw).orElseThrow(() -> unrecognised(raw));
    if (date.isAfter(today)) {
      throw new UnmappableValueException(
          "COMPLETED_IN_FUTURE",
          "Field '%s' has the completion date '%s' (%s), which is after today (%s); correct it in the source."
              .formatted(field, raw, date, today));
    }
    return date;
  }

  private String missing(String raw) {
    if (field == null) {
      return "the mapping reads no completion date (completedOn.from)";
    }
    return "field '%s' is %s".formatted(field, raw.isEmpty() ? "blank" : "'" + raw + "'");
  }

  private UnmappableValueException unrecognised(String raw) {
    return new UnmappableValueException(
        "DATE_UNRECOGNISED",
        "Field '%s' has the value %s, which is not a date in the form d/m/yyyy (one kind of separator, a real calendar day); correct it in the source."
            .formatted(field, VietnameseText.quote(raw)));
  }
}

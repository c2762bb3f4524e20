package vn.nq57.sync.mapping;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.nq57.sync.national.TaskStatus;

/**
 * Turns the status wording of a source into a national status through the mapping's value map, and
 * reports open tasks past their due date as overdue when the mapping asks for it.
 */
final class StatusRule {

  private static final Set<TaskStatus> OPEN =
      Set.of(TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED);

  private final Selector source;
  private final String field;
  private final String mappingName;
  private final Map<String, TaskStatus> byNormalisedValue;
  private final boolean overdueWhenPastDue;

  /** {@code byNormalisedValue} keys must already be {@link VietnameseText#normalise}d. */
  StatusRule(
      Selector source,
      String mappingName,
      Map<String, TaskStatus> byNormalisedValue,
      boolean overdueWhenPastDue) {
    this.source = source;
    this.field = source.label();
    this.mappingName = mappingName;
    this.byNormalisedValue = Map.copyOf(byNormalisedValue);
    this.overdueWhenPastDue = overdueWhenPastDue;
  }

  /** The status the row states, before any overdue adjustment. */
  TaskStatus resolve(RowFields row) {
    return resolve(source.read(row));
  }

  private TaskStatus resolve(String raw) {
    String value = VietnameseText.normalise(raw);
    if (value.isEmpty()) {
      throw new UnmappableValueException(
          "STATUS_MISSING",
          "Field '%s' is blank; enter the task's status in the source (e.g. 'Đang thực hiện', 'Đã hoàn thành')."
              .formatted(field));
    }
    TaskStatus status = byNormalisedValue.get(value);
    if (status == null) {
      throw new UnmappableValueException(
          "STATUS_UNMAPPED",
          "Field '%s' has the value %s, which the mapping does not know; add it to status.valueMap in %s or correct the source."
              .formatted(field, VietnameseText.quote(VietnameseText.clean(raw)), mappingName));
    }
    return status;
  }

  /** OVERDUE for an open task whose due day has passed, when the mapping enables it. */
  TaskStatus adjust(TaskStatus status, LocalDate dueOn, LocalDate today) {
    boolean pastDue = dueOn != null && dueOn.isBefore(today);
    return overdueWhenPastDue && pastDue && OPEN.contains(status) ? TaskStatus.OVERDUE : status;
  }
}

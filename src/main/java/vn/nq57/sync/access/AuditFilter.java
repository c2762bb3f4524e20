package vn.nq57.sync.access;

import java.time.LocalDate;

/**
 * Which audit entries to read; a null member does not filter.
 *
 * @param actor exactly this actor
 * @param action exactly this action
 * @param from on or after this day (Vietnam time)
 * @param to on or before this day (Vietnam time)
 */
public record AuditFilter(String actor, AuditAction action, LocalDate from, LocalDate to) {

  /** Every entry. */
  public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}

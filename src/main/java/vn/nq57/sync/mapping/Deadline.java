package vn.nq57.sync.mapping;

import java.time.LocalDate;

/**
 * A deadline as the national contract carries it.
 *
 * @param dueOn the last day the task is due, or null for recurring, conditional and blank ones
 * @param dueText the deadline as worded in the source when a bare date does not say it all
 * @param recurring true for ongoing tasks ("Thường xuyên", "Hằng năm")
 */
public record Deadline(LocalDate dueOn, String dueText, boolean recurring) {

  /** No deadline given. */
  public static final Deadline NONE = new Deadline(null, null, false);
}

package vn.nq57.sync.mapping;

import vn.nq57.sync.national.TaskReport;

/** What became of one source row: a report ready for the outbox, or parked for a person. */
public sealed interface MappingOutcome permits MappingOutcome.Mapped, MappingOutcome.Parked {

  /** The row mapped to a report; revision and updatedAt are still null. */
  record Mapped(TaskReport report) implements MappingOutcome {}

  /**
   * The row could not be mapped without guessing.
   *
   * @param code stable UPPER_SNAKE reason code, e.g. {@code STATUS_UNMAPPED}
   * @param reason English sentence(s) naming the field, the raw value and what to do
   */
  record Parked(String code, String reason) implements MappingOutcome {}
}

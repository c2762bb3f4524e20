package vn.nq57.sync.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.nq57.sync.national.TaskCatalogue;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskReport.Evidence;
import vn.nq57.sync.national.TaskReport.Unit;
import vn.nq57.sync.national.TaskStatus;

/**
 * Applies the rules of one mapping to one row. Problems are collected rather than stopping at the
 * first, and the code of the first one names the parked row.
 */
final class RowMapper {

  private final TaskCodeRule taskCode;
  private final StatusRule status;
  private final Selector deadline;
  private final CompletionRule completion;
  private final Parts parts;

  /** The optional parts besides deadline and completion date. */
  record Parts(
      ProgressRule progress, LeadUnitRule leadUnit, List<TextRule> texts, EvidenceRule evidence) {

    /** {@code texts} are resultSummary, difficulties and proposals, in that order. */
    Parts {
      texts = List.copyOf(texts);
    }
  }

  RowMapper(
      TaskCodeRule taskCode,
      StatusRule status,
      Selector deadline,
      CompletionRule completion,
      Parts parts) {
    this.taskCode = taskCode;
    this.status = status;
    this.deadline = deadline;
    this.completion = completion;
    this.parts = parts;
  }

  /** The first agency wording of the row that the agency map lacks, if the mapping has one. */
  Optional<TaskMapping.UnknownAgency> unknownAgency(RowFields row) {
    return parts.leadUnit().unknownAgency(row);
  }

  /**
   * @param catalogue the national catalogue to check the task code against; null when none is
   *     cached
   */
  MappingOutcome map(RowFields row, String localRef, LocalDate today, TaskCatalogue catalogue) {
    if (localRef == null || localRef.isBlank()) {
      throw new IllegalArgumentException("localRef is required; compute it with TaskMapping.keyOf");
    }
    Problems problems = new Problems();
    String code = problems.attempt(() -> taskCode(row, localRef, catalogue));
    TaskStatus stated = problems.attempt(() -> status.resolve(row));
    Deadline due = problems.attempt(() -> deadline(row));
    // Without a known status the completion column cannot be judged, so it is not read.
    LocalDate completedOn =
        stated == null ? null : problems.attempt(() -> completion.completedOn(stated, row, today));
    Integer progress = problems.attempt(() -> parts.progress().percent(row));
    Unit leadUnit = problems.attempt(() -> parts.leadUnit().unit(row));
    List<String> text =
        parts.texts().stream().map(rule -> problems.attempt(() -> rule.value(row))).toList();
    List<Evidence> evidence = problems.attempt(() -> parts.evidence().evidence(row));
    if (problems.any()) {
      return problems.parked();
    }
    TaskStatus reported = status.adjust(stated, due.dueOn(), today);
    return new MappingOutcome.Mapped(
        new TaskReport(
            code,
            localRef,
            null,
            reported,
            progress,
            due.dueOn(),
            due.dueText(),
            due.recurring(),
            completedOn,
            leadUnit,
            text.get(0),
            text.get(1),
            text.get(2),
            evidence,
            null));
  }

  TaskCodeRule taskCodeRule() {
    return taskCode;
  }

  /** The row's confirmed national task code (source field or crosswalk), if it has one. */
  Optional<String> taskCode(RowFields row, String localRef) {
    return taskCode.find(row, localRef);
  }

  private String taskCode(RowFields row, String localRef, TaskCatalogue catalogue) {
    if (VietnameseText.length(localRef) > Crosswalk.MAX_LOCAL_REF) {
      throw new UnmappableValueException(
          "FIELD_TOO_LONG",
          "The localRef %s is longer than the contract's %d characters; shorten key.prefix in the mapping."
              .formatted(VietnameseText.quote(localRef), Crosswalk.MAX_LOCAL_REF));
    }
    return taskCode.code(row, localRef, catalogue);
  }

  private Deadline deadline(RowFields row) {
    return deadline == null || !deadline.applies(row)
        ? Deadline.NONE
        : DeadlineParser.parse(deadline.read(row), deadline.label());
  }
}

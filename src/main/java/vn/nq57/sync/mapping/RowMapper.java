package vn.nq57.sync.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskReport.Evidence;
import vn.nq57.sync.national.TaskReport.Unit;
import vn.nq57.sync.national.TaskStatus;

/**
 * Applies the rules of one mapping to one row. Problems are collected rather than stopping at the
 * first, and the code of the first one names the parked row.
 */
final class RowMapper {

  private final Crosswalk crosswalk;
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
      Crosswalk crosswalk,
      StatusRule status,
      Selector deadline,
      CompletionRule completion,
      Parts parts) {
    this.crosswalk = crosswalk;
    this.status = status;
    this.deadline = deadline;
    this.completion = completion;
    this.parts = parts;
  }

  /** The first agency wording of the row that the agency map lacks, if the mapping has one. */
  Optional<TaskMapping.UnknownAgency> unknownAgency(RowFields row) {
    return parts.leadUnit().unknownAgency(row);
  }

  MappingOutcome map(RowFields row, String localRef, LocalDate today) {
    if (localRef == null || localRef.isBlank()) {
      throw new IllegalArgumentException("localRef is required; compute it with TaskMapping.keyOf");
    }
    Problems problems = new Problems();
    String taskCode = problems.attempt(() -> taskCode(localRef));
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
            taskCode,
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

  /** Whether the crosswalk links the local task to a national task code. */
  boolean hasTaskCode(String localRef) {
    return crosswalk.taskCode(localRef).isPresent();
  }

  private String taskCode(String localRef) {
    if (VietnameseText.length(localRef) > Crosswalk.MAX_LOCAL_REF) {
      throw new UnmappableValueException(
          "FIELD_TOO_LONG",
          "The localRef %s is longer than the contract's %d characters; shorten key.prefix in the mapping."
              .formatted(VietnameseText.quote(localRef), Crosswalk.MAX_LOCAL_REF));
    }
    return crosswalk
        .taskCode(localRef)
        .orElseThrow(
            () ->
                new UnmappableValueException(
                    "NO_TASK_CODE",
                    "The local task %s has no confirmed national task code; add it to %s."
                        .formatted(localRef, crosswalk.name())));
  }

  private Deadline deadline(RowFields row) {
    return deadline == null || !deadline.applies(row)
        ? Deadline.NONE
        : DeadlineParser.parse(deadline.read(row), deadline.label());
  }
}

package vn.nq57.sync.mapping;

import java.time.LocalDate;
import java.util.List;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskStatus;

/**
 * Applies the rules of one mapping to one row. Problems are collected rather than stopping at the
 * first, and the code of the first one (in contract field order) names the parked row.
 */
final class RowMapper {

  private final Crosswalk crosswalk;
  private final StatusRule status;
  private final String deadlineField;
  private final CompletionRule completion;
  private final List<TextRule> texts;

  /** {@code texts} are resultSummary, difficulties and proposals, in that order. */
  RowMapper(
      Crosswalk crosswalk,
      StatusRule status,
      String deadlineField,
      CompletionRule completion,
      List<TextRule> texts) {
    this.crosswalk = crosswalk;
    this.status = status;
    this.deadlineField = deadlineField;
    this.completion = completion;
    this.texts = List.copyOf(texts);
  }

  MappingOutcome map(RowFields row, String localRef, LocalDate today) {
    if (localRef == null || localRef.isBlank()) {
      throw new IllegalArgumentException("localRef is required; compute it with TaskMapping.keyOf");
    }
    Problems problems = new Problems();
    String taskCode = problems.attempt(() -> taskCode(localRef));
    TaskStatus stated = problems.attempt(() -> status.resolve(row.get(status.field())));
    Deadline deadline = problems.attempt(() -> deadline(row));
    // Without a known status the completion column cannot be judged, so it is not read.
    LocalDate completedOn =
        stated == null ? null : problems.attempt(() -> completion.completedOn(stated, row, today));
    List<String> text =
        texts.stream().map(rule -> problems.attempt(() -> rule.value(row))).toList();
    if (problems.any()) {
      return problems.parked();
    }
    TaskStatus reported = status.adjust(stated, deadline.dueOn(), today);
    return new MappingOutcome.Mapped(
        report(taskCode, localRef, reported, deadline, completedOn, text));
  }

  // progressPercent, leadUnit and evidence are not mapped yet; revision and updatedAt belong to the
  // outbox.
  private static TaskReport report(
      String taskCode,
      String localRef,
      TaskStatus status,
      Deadline deadline,
      LocalDate completedOn,
      List<String> text) {
    return new TaskReport(
        taskCode,
        localRef,
        null,
        status,
        null,
        deadline.dueOn(),
        deadline.dueText(),
        deadline.recurring(),
        completedOn,
        null,
        text.get(0),
        text.get(1),
        text.get(2),
        List.of(),
        null);
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
    return deadlineField == null
        ? Deadline.NONE
        : DeadlineParser.parse(row.get(deadlineField), deadlineField);
  }
}

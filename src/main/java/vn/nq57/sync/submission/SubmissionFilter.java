package vn.nq57.sync.submission;

import java.time.LocalDate;
import java.util.List;

/**
 * Which submissions (or items) an operator looks at or replays; a null member does not filter.
 *
 * @param state the submission's state
 * @param itemState the item's state (item lists; a submission matches when one of its items does)
 * @param runId the run that queued it
 * @param periodType DAY, WEEK, MONTH, QUARTER or YEAR
 * @param periodId e.g. {@code 2025-W47}
 * @param nationalCode a national error code of an attempt or of an item's rejection
 * @param task a national task code or a local reference ({@code PL1:…})
 * @param sourceRecordIds only items mapped from these source records (the caller resolves a source
 *     to its records); null does not filter, empty matches nothing
 * @param from created on or after this day (Vietnam time)
 * @param to created on or before this day (Vietnam time)
 * @param kind task reports or indicator reports
 */
public record SubmissionFilter(
    SubmissionState state,
    ItemState itemState,
    Long runId,
    String periodType,
    String periodId,
    String nationalCode,
    String task,
    List<Long> sourceRecordIds,
    LocalDate from,
    LocalDate to,
    ReportKind kind) {

  /** Everything. */
  public static final SubmissionFilter ALL =
      new SubmissionFilter(null, null, null, null, null, null, null, null, null, null);

  public SubmissionFilter {
    sourceRecordIds = sourceRecordIds == null ? null : List.copyOf(sourceRecordIds);
  }

  /** A filter over reports of both kinds. */
  public SubmissionFilter(
      SubmissionState state,
      ItemState itemState,
      Long runId,
      String periodType,
      String periodId,
      String nationalCode,
      String task,
      List<Long> sourceRecordIds,
      LocalDate from,
      LocalDate to) {
    this(
        state,
        itemState,
        runId,
        periodType,
        periodId,
        nationalCode,
        task,
        sourceRecordIds,
        from,
        to,
        null);
  }

  /** The same filter, for one state. */
  public SubmissionFilter withState(SubmissionState newState) {
    return new SubmissionFilter(
        newState,
        itemState,
        runId,
        periodType,
        periodId,
        nationalCode,
        task,
        sourceRecordIds,
        from,
        to,
        kind);
  }

  /** The same filter, for one item state. */
  public SubmissionFilter withItemState(ItemState newItemState) {
    return new SubmissionFilter(
        state,
        newItemState,
        runId,
        periodType,
        periodId,
        nationalCode,
        task,
        sourceRecordIds,
        from,
        to,
        kind);
  }
}

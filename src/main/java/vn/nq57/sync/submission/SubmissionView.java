package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A submission as the operator sees it: how it stands ({@code lastError} describes the current
 * state only; while waiting, why and until {@code nextAttemptAt}), the acknowledgement state of
 * every item, and its whole history of attempts and replays. {@code kind} says which report it is:
 * TASK_REPORT or INDICATOR_REPORT.
 */
public record SubmissionView(
    long id,
    long runId,
    ReportKind kind,
    String periodType,
    String periodId,
    SubmissionState state,
    String idempotencyKey,
    String nationalSubmissionId,
    int attempts,
    String lastError,
    OffsetDateTime nextAttemptAt,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    OffsetDateTime completedAt,
    List<Item> items,
    List<AttemptHistory.Entry> history) {

  /**
   * One item: the task (or, in an indicator report, the indicator) and revision sent, its receipt
   * number or rejection errors, and the mapping version that produced it.
   */
  public record Item(
      int position,
      String localRef,
      String taskCode,
      String indicatorCode,
      int revision,
      ItemState state,
      String receiptNo,
      JsonNode errors,
      OffsetDateTime acknowledgedAt,
      Long mappingVersionId) {}
}

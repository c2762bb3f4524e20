package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A submission as the operator sees it: how it stands ({@code lastError} describes the current
 * state only; while waiting, why and until {@code nextAttemptAt}), the acknowledgement state of
 * every item, and its whole history of attempts and replays.
 */
public record SubmissionView(
    long id,
    long runId,
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
   * One item: the task and revision sent, its receipt number or rejection errors, and the mapping
   * version that produced it.
   */
  public record Item(
      int position,
      String localRef,
      String taskCode,
      int revision,
      ItemState state,
      String receiptNo,
      JsonNode errors,
      OffsetDateTime acknowledgedAt,
      Long mappingVersionId) {}
}

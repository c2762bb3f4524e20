package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A submission as the operator sees it, with the acknowledgement state of every item. */
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
    OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    OffsetDateTime completedAt,
    List<Item> items) {

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

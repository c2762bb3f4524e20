package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Everything the outbox knows of one item: the item, the report exactly as it was sent (with its
 * revision), the submission's Idempotency-Key and every attempt, wait and replay, and the other
 * revisions of the same task.
 *
 * @param item the item and how it stands (acknowledgement: state, receipt, errors, when)
 * @param idempotencyKey the key its submission is (re)sent with
 * @param payload the item as it is in the body sent to the national system
 * @param attempts the submission's history, oldest first
 * @param revisions every item of the same task, oldest first
 */
public record ItemHistory(
    ItemRow item,
    String idempotencyKey,
    JsonNode payload,
    List<AttemptHistory.Entry> attempts,
    List<Revision> revisions) {

  /** One revision of the task: which item and submission carried it and how it stands. */
  public record Revision(
      long itemId, long submissionId, int revision, ItemState state, OffsetDateTime createdAt) {}
}

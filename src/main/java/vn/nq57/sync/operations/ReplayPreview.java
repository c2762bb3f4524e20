package vn.nq57.sync.operations;

import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.submission.ReplayRefusal;

/**
 * What a replay would send (a dry run), per submission and item; nothing is sent or changed.
 *
 * @param mode RESEND or REMAP
 * @param replayable how many of the selected submissions would be replayed
 * @param submissions the first {@link #SHOWN} of them, each with what would be sent
 * @param refused each selected submission that cannot be, with the reason
 */
public record ReplayPreview(
    ReplayMode mode,
    int replayable,
    List<SubmissionPlan> submissions,
    List<ReplayRefusal> refused) {

  /** The most submissions a dry run shows item by item. */
  public static final int SHOWN = 100;

  /**
   * One submission a replay would send again.
   *
   * @param submissionId the FAILED submission
   * @param idempotencyKey the key it would be sent with; null for REMAP (a new key per new
   *     submission)
   * @param items what each of its tasks would become
   */
  public record SubmissionPlan(long submissionId, String idempotencyKey, List<ItemPlan> items) {}

  /**
   * One task of the submission.
   *
   * @param localRef the task's local reference
   * @param taskCode the national task code it carries now
   * @param revision the revision it carries now
   * @param nextRevision the revision it would be sent with (RESEND: the same; REMAP: the next one);
   *     null when left out
   * @param payload the report item that would be sent (REMAP: without updatedAt, set when queued)
   * @param leftOut why this task would not be sent (REMAP: parked by the mapping now, a newer
   *     revision queued meanwhile, source record gone), or null
   */
  public record ItemPlan(
      String localRef,
      String taskCode,
      int revision,
      Integer nextRevision,
      JsonNode payload,
      String leftOut) {}
}

package vn.nq57.sync.submission;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A submission as a replay sees it: how it stands, the key it is sent with, and each item with the
 * report as sent and the task's latest queued revision.
 *
 * @param submissionId the submission
 * @param state how it stands
 * @param idempotencyKey the key a RESEND reuses
 * @param runId the run that queued it (a REMAP queues its new submission under the same run)
 * @param periodType the report's period type
 * @param periodId the report's period
 * @param supersededBy the submissions a REMAP replaced it with, when SUPERSEDED
 * @param items its items, in body order
 */
public record ReplayCandidate(
    long submissionId,
    SubmissionState state,
    String idempotencyKey,
    long runId,
    String periodType,
    String periodId,
    String supersededBy,
    List<Item> items) {

  public ReplayCandidate {
    items = List.copyOf(items);
  }

  /**
   * One item of the submission.
   *
   * @param sourceRecordId the stored source record it was mapped from (what a REMAP maps again)
   * @param localRef the task's local reference
   * @param taskCode the national task code
   * @param revision the revision this submission carries
   * @param latestRevision the task's latest queued revision (higher: a newer report exists)
   * @param payload the item as it is in the body
   */
  public record Item(
      long sourceRecordId,
      String localRef,
      String taskCode,
      int revision,
      int latestRevision,
      JsonNode payload) {

    /** Whether a newer revision of the task was queued after this one. */
    public boolean outdated() {
      return latestRevision > revision;
    }
  }
}

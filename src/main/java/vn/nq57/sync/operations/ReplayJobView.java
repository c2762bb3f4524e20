package vn.nq57.sync.operations;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A replay job as the operator follows it.
 *
 * @param id the job
 * @param mode RESEND or REMAP
 * @param state RUNNING, PAUSED, COMPLETED or CANCELLED
 * @param requestedBy who started it
 * @param reason why
 * @param selection what was asked for (the request's ids, filter or run), as JSON
 * @param createdAt when it started
 * @param updatedAt when it last changed
 * @param finishedAt when it ended (COMPLETED or CANCELLED)
 * @param progress how many submissions are at which step
 * @param entries each selected submission, in the order they are (or were) re-queued
 */
public record ReplayJobView(
    long id,
    ReplayMode mode,
    JobState state,
    String requestedBy,
    String reason,
    String selection,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime finishedAt,
    Progress progress,
    List<Entry> entries) {

  /** The life of a job: RUNNING until every entry is done, or PAUSED, or CANCELLED. */
  public enum JobState {
    RUNNING,
    PAUSED,
    COMPLETED,
    CANCELLED
  }

  /** Where one selected submission is: WAITING, QUEUED (re-queued), SKIPPED or CANCELLED. */
  public enum EntryState {
    WAITING,
    QUEUED,
    SKIPPED,
    CANCELLED
  }

  /**
   * @param total submissions selected
   * @param waiting not yet re-queued
   * @param queued re-queued (RESEND) or re-mapped into new submissions (REMAP)
   * @param skipped refused at the start or when their turn came, each with the reason
   * @param cancelled left waiting when the job was cancelled
   */
  public record Progress(int total, int waiting, int queued, int skipped, int cancelled) {}

  /**
   * @param submissionId the selected submission
   * @param state where it is
   * @param produced what the replay queued: the same submission (RESEND) or the new ones (REMAP)
   * @param message why it was skipped, or what was left out of a re-mapping
   * @param doneAt when it was re-queued, skipped or cancelled
   */
  public record Entry(
      long submissionId,
      EntryState state,
      String produced,
      String message,
      OffsetDateTime doneAt) {}
}

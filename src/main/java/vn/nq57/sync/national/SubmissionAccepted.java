package vn.nq57.sync.national;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** The 202 answer to a report: the national submission id to poll for its acknowledgement. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionAccepted(
    String submissionId,
    String status,
    OffsetDateTime receivedAt,
    int itemCount,
    boolean replayed) {

  SubmissionAccepted withReplayed(boolean wasReplayed) {
    return new SubmissionAccepted(submissionId, status, receivedAt, itemCount, wasReplayed);
  }
}

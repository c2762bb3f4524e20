package vn.nq57.sync.submission;

/**
 * PENDING in the outbox (new, or waiting for a retry); SENT once the national system answered 202;
 * COMPLETED when every item is acknowledged; FAILED when it cannot be delivered without a person
 * (permanent error or retries exhausted); SUPERSEDED when a replay re-mapped its tasks into new
 * submissions (which carry them now), so it is neither FAILED nor replayed again.
 */
public enum SubmissionState {
  PENDING,
  SENT,
  COMPLETED,
  FAILED,
  SUPERSEDED
}

package vn.nq57.sync.submission;

/**
 * PENDING in the outbox (new, or waiting for a retry); SENT once the national system answered 202;
 * COMPLETED when every item is acknowledged; FAILED when it cannot be delivered without a person
 * (permanent error or retries exhausted).
 */
public enum SubmissionState {
  PENDING,
  SENT,
  COMPLETED,
  FAILED
}

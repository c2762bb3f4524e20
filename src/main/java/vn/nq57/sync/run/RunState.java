package vn.nq57.sync.run;

/**
 * RUNNING while pulling and mapping; QUEUED once its submissions sit in the outbox; COMPLETED when
 * every submission is acknowledged or failed; FAILED when the run itself could not finish.
 */
public enum RunState {
  RUNNING,
  QUEUED,
  COMPLETED,
  FAILED
}

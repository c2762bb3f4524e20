package vn.nq57.sync.operations;

/**
 * How a replay sends a FAILED submission again: RESEND the stored body under the same
 * Idempotency-Key (the national system can never store it twice), or REMAP each task from its
 * current stored source record with the currently active mapping, queued as a new submission with a
 * new key and the next revision (the old submission becomes SUPERSEDED).
 */
public enum ReplayMode {
  RESEND,
  REMAP
}

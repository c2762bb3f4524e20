package vn.nq57.sync.submission;

/** The outcome of one item: waiting, accepted with a receipt, rejected with errors, or failed. */
public enum ItemState {
  PENDING,
  ACCEPTED,
  REJECTED,
  FAILED
}

package vn.nq57.sync.national;

/** Task status values of the national contract. */
public enum TaskStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  OVERDUE,
  SUSPENDED
}

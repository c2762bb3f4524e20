package vn.nq57.sync.run;

/** What started a run. */
public enum TriggerKind {
  SCHEDULE,
  MANUAL,
  FILE_DROP,
  CATCH_UP
}

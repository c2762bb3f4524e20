package vn.nq57.sync.source;

/** What one file of a spreadsheet source holds: every task of the source, or some of them. */
public enum Snapshot {
  /** Every file lists every task; a task a file lacks has left the source. */
  FULL,
  /** A file may list only some tasks; a task it lacks is left as it was. */
  PARTIAL
}

package vn.nq57.sync.source;

/** How a source instance is read: spreadsheet drops, a REST task tracker or an SQL query. */
public enum SourceKind {
  SPREADSHEET,
  REST,
  SQL
}

package vn.nq57.sync.source;

/**
 * A source instance as the adapter runs it.
 *
 * @param id the source id recorded with every record, e.g. {@code so-khcn-tracker}
 * @param kind how it is read
 * @param mapping the id of the mapping in {@code mappings/} that reads its records
 * @param settings the settings of its kind
 */
public record ConfiguredSource(
    String id, SourceKind kind, String mapping, SourceInstance settings) {

  /** Pulled by runs (REST and SQL), as opposed to read when a file is dropped. */
  public boolean pulledByRuns() {
    return kind != SourceKind.SPREADSHEET;
  }

  /**
   * Every file of the source lists every task ({@code spreadsheet.snapshot: full}), so a task a
   * file lacks has left the source. Never true of REST and SQL sources: they are pulled
   * incrementally from a watermark and a record they do not send is only unchanged.
   */
  public boolean fullSnapshot() {
    return kind == SourceKind.SPREADSHEET
        && settings.spreadsheet() != null
        && settings.spreadsheet().snapshot() == Snapshot.FULL;
  }
}

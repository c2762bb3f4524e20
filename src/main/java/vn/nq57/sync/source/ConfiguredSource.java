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
}

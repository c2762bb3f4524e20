package vn.nq57.sync.source;

/** Where a pulled source hands its records: good ones as rows, malformed ones with a reason. */
public interface RecordSink {

  void accept(SourceRow row);

  /** A record that is not a record at all (not a JSON object, unreadable column). */
  void malformed(String sourceId, String location, String reason);

  /** Stores what the sink still holds; called before a source's watermark moves on. */
  default void flush() {}
}

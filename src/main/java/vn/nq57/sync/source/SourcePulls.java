package vn.nq57.sync.source;

import org.springframework.stereotype.Component;

/**
 * Pulls an incremental source (REST or SQL) from its watermark into a sink. Throws when the source
 * cannot be read, so an unavailable source is never taken for one without tasks.
 */
@Component
public class SourcePulls {

  private final RestSource rest;
  private final SqlSource sql;

  SourcePulls(RestSource rest, SqlSource sql) {
    this.rest = rest;
    this.sql = sql;
  }

  /** Returns the next watermark (the stored one when nothing newer was read). */
  public String pull(ConfiguredSource source, String watermark, RecordSink sink) {
    return switch (source.kind()) {
      case REST -> rest.pull(source, watermark, sink);
      case SQL -> sql.pull(source, watermark, sink);
      case SPREADSHEET ->
          throw new IllegalArgumentException(source.id() + " is read when a file is dropped");
    };
  }
}

package vn.nq57.sync.source;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.nq57.sync.support.VietnamTime;

/**
 * Pulls a REST or SQL source from its stored watermark into a sink, and moves the watermark on only
 * once every record read has been handed over. A source that cannot be read throws, so an
 * unavailable source is never taken for one without tasks, and its watermark stays where it was.
 */
@Component
class IncrementalPull {

  private final RestSource rest;
  private final SqlSource sql;
  private final SourceWatermarkRepository watermarks;
  private final Clock clock;

  IncrementalPull(
      RestSource rest, SqlSource sql, SourceWatermarkRepository watermarks, Clock clock) {
    this.rest = rest;
    this.sql = sql;
    this.watermarks = watermarks;
    this.clock = clock;
  }

  void pull(long runId, ConfiguredSource source, RecordSink sink) {
    String watermark = watermarks.find(source.id()).orElse(null);
    String next =
        switch (source.kind()) {
          case REST -> rest.pull(source, watermark, sink);
          case SQL -> sql.pull(source, watermark, sink);
          case SPREADSHEET ->
              throw new IllegalArgumentException(source.id() + " is read when a file is dropped");
        };
    sink.flush();
    if (next != null && !next.equals(watermark)) {
      watermarks.save(source.id(), next, runId, VietnamTime.now(clock));
    }
  }
}

package vn.nq57.sync.source;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How far each incremental source has been read: the greatest change stamp of the records stored.
 * Saved only after those records are stored, so a failed pull is read again from where it was.
 */
@Repository
class SourceWatermarkRepository {

  private final JdbcClient jdbc;

  SourceWatermarkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> find(String sourceId) {
    return jdbc.sql("SELECT watermark FROM source_watermark WHERE source_id = :source")
        .param("source", sourceId)
        .query(String.class)
        .optional();
  }

  void save(String sourceId, String watermark, long runId, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO source_watermark (source_id, watermark, run_id, updated_at)
            VALUES (:source, :watermark, :run, :now)
            ON CONFLICT (source_id) DO UPDATE SET watermark = EXCLUDED.watermark,
                run_id = EXCLUDED.run_id, updated_at = EXCLUDED.updated_at
            """)
        .param("source", sourceId)
        .param("watermark", watermark)
        .param("run", runId)
        .param("now", now)
        .update();
  }
}

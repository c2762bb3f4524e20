package vn.nq57.sync.source;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every spreadsheet file received, by content hash, so that no file is read twice. */
@Repository
class SourceFileRepository {

  private final JdbcClient jdbc;

  SourceFileRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean alreadyRead(String sourceId, String sha256) {
    return jdbc.sql(
                "SELECT count(*) FROM source_file WHERE source_id = :source"
                    + " AND content_sha256 = :sha AND state = 'READ'")
            .param("source", sourceId)
            .param("sha", sha256)
            .query(Long.class)
            .single()
        > 0;
  }

  void record(
      String sourceId,
      String fileName,
      String sha256,
      FileState state,
      Long runId,
      int rows,
      String error,
      OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO source_file (source_id, file_name, content_sha256, state, run_id,
                                     rows_read, error, received_at)
            VALUES (:source, :name, :sha, :state, :run, :rows, :error, :now)
            """)
        .param("source", sourceId)
        .param("name", fileName)
        .param("sha", sha256)
        .param("state", state.name())
        .param("run", runId)
        .param("rows", rows)
        .param("error", error)
        .param("now", now)
        .update();
  }

  /** What became of a received file. */
  enum FileState {
    READ,
    DUPLICATE,
    FAILED
  }
}

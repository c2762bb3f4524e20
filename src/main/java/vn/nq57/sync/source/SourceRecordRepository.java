package vn.nq57.sync.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The latest content of every source record, keyed by source and record key. A record's {@code
 * changed_at} moves only when its content hash changes. A record of a full-snapshot source that the
 * latest file lacks is marked missing ({@code missing_since}) and left out of what runs map.
 */
@Repository
public class SourceRecordRepository {

  private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

  private static final String UPSERT =
      """
      INSERT INTO source_record (source_id, record_key, content_hash, payload, location,
                                 first_seen_at, changed_at, pulled_at, pulled_in_run)
      VALUES (:source, :key, :hash, CAST(:payload AS jsonb), :location, :now, :now, :now, :run)
      ON CONFLICT (source_id, record_key) DO UPDATE SET
          changed_at = CASE WHEN source_record.content_hash = EXCLUDED.content_hash
                            THEN source_record.changed_at ELSE EXCLUDED.changed_at END,
          content_hash = EXCLUDED.content_hash,
          payload = EXCLUDED.payload,
          location = EXCLUDED.location,
          pulled_at = EXCLUDED.pulled_at,
          pulled_in_run = EXCLUDED.pulled_in_run
      """;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batchJdbc;
  private final ObjectMapper json;

  SourceRecordRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.batchJdbc = batchJdbc;
    this.json = json;
  }

  /** Stores what the source says now; returns the record as stored. */
  public StoredRecord upsert(
      SourceRow row, String recordKey, String contentHash, long runId, OffsetDateTime now) {
    return jdbc.sql(UPSERT + " RETURNING id, changed_at")
        .param("source", row.sourceId())
        .param("key", recordKey)
        .param("hash", contentHash)
        .param("payload", write(row.fields()))
        .param("location", row.location())
        .param("now", now)
        .param("run", runId)
        .query(
            (rs, n) ->
                new StoredRecord(
                    rs.getLong("id"),
                    recordKey,
                    row,
                    rs.getObject("changed_at", OffsetDateTime.class)))
        .single();
  }

  /**
   * Stores several records in one JDBC batch, as {@link #upsert} does one by one; the keys must
   * differ within a batch.
   */
  public void upsertAll(List<NewRecord> batch, long runId, OffsetDateTime now) {
    if (batch.isEmpty()) {
      return;
    }
    SqlParameterSource[] rows = new SqlParameterSource[batch.size()];
    for (int i = 0; i < rows.length; i++) {
      NewRecord record = batch.get(i);
      rows[i] =
          new MapSqlParameterSource()
              .addValue("source", record.row().sourceId())
              .addValue("key", record.recordKey())
              .addValue("hash", record.contentHash())
              .addValue("payload", write(record.row().fields()))
              .addValue("location", record.row().location())
              .addValue("now", now)
              .addValue("run", runId);
    }
    batchJdbc.batchUpdate(UPSERT, rows);
  }

  /** Clears the missing mark of the records a run pulled: the source lists them again. */
  public void clearMissing(String sourceId, long runId) {
    jdbc.sql(
            """
            UPDATE source_record SET missing_since = NULL
            WHERE source_id = :source AND pulled_in_run = :run AND missing_since IS NOT NULL
            """)
        .param("source", sourceId)
        .param("run", runId)
        .update();
  }

  /**
   * After a run stored a full snapshot of a source: marks the source's records the run did not pull
   * as missing, answering those newly marked. Marks nothing when the run stored no record of the
   * source, so an empty read never empties a source.
   */
  public List<MissingRecord> markMissing(String sourceId, long runId, OffsetDateTime now) {
    return jdbc.sql(
            """
            UPDATE source_record SET missing_since = :now
            WHERE source_id = :source AND missing_since IS NULL
              AND pulled_in_run IS DISTINCT FROM :run
              AND EXISTS (SELECT 1 FROM source_record r
                          WHERE r.source_id = :source AND r.pulled_in_run = :run)
            RETURNING record_key, location, missing_since
            """)
        .param("source", sourceId)
        .param("run", runId)
        .param("now", now)
        .query(SourceRecordRepository::missingRecord)
        .list();
  }

  /** The source's records marked missing, oldest mark first. */
  public List<MissingRecord> missing(String sourceId) {
    return jdbc.sql(
            """
            SELECT record_key, location, missing_since FROM source_record
            WHERE source_id = :source AND missing_since IS NOT NULL
            ORDER BY missing_since, id
            """)
        .param("source", sourceId)
        .query(SourceRecordRepository::missingRecord)
        .list();
  }

  private static MissingRecord missingRecord(ResultSet rs, int n) throws SQLException {
    return new MissingRecord(
        rs.getString("record_key"),
        rs.getString("location"),
        rs.getObject("missing_since", OffsetDateTime.class));
  }

  /**
   * Streams the records a run pulled (pulledInRun) or, when null, every record of the source that
   * is not missing from it.
   */
  public void forEach(String sourceId, Long pulledInRun, Consumer<StoredRecord> sink) {
    try (Stream<StoredRecord> records = select(sourceId, pulledInRun)) {
      records.forEach(sink);
    }
  }

  private Stream<StoredRecord> select(String sourceId, Long pulledInRun) {
    return jdbc
        .sql(
            """
            SELECT id, record_key, payload, location, changed_at FROM source_record
            WHERE source_id = :source AND (CAST(:run AS BIGINT) IS NULL OR pulled_in_run = :run)
              AND missing_since IS NULL
            ORDER BY id
            """)
        .param("source", sourceId)
        .param("run", pulledInRun)
        .query(
            (rs, n) ->
                new StoredRecord(
                    rs.getLong("id"),
                    rs.getString("record_key"),
                    new SourceRow(
                        sourceId, rs.getString("location"), read(rs.getString("payload"))),
                    rs.getObject("changed_at", OffsetDateTime.class)))
        .stream();
  }

  private String write(Map<String, String> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (JacksonException e) {
      throw new IllegalStateException("source fields are not serialisable", e);
    }
  }

  private Map<String, String> read(String payload) {
    try {
      return json.readValue(payload, FIELDS);
    } catch (JacksonException e) {
      throw new IllegalStateException("stored source payload is not JSON", e);
    }
  }

  /** A record to store: the row, its key and the hash of the fields its mapping reads. */
  public record NewRecord(SourceRow row, String recordKey, String contentHash) {}

  /**
   * A record the latest full snapshot of its source lacks.
   *
   * @param location where it was last read, e.g. {@code bao-cao-2025-08.csv row 12}
   * @param missingSince when the first file without it was read
   */
  public record MissingRecord(String recordKey, String location, OffsetDateTime missingSince) {}

  /** A source record as stored: its database id, key, content and when it last changed. */
  public record StoredRecord(long id, String recordKey, SourceRow row, OffsetDateTime changedAt) {}
}

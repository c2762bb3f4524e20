package vn.nq57.sync.source;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * changed_at} moves only when its content hash changes.
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

  /** Streams the records a run pulled (pulledInRun) or, when null, every record of the source. */
  public void forEach(String sourceId, Long pulledInRun, Consumer<StoredRecord> sink) {
    try (Stream<StoredRecord> records = select(sourceId, pulledInRun)) {
      records.forEach(sink);
    }
  }

  /** One stored record by its id, with its source and content, for a replay or an operator. */
  public Optional<StoredRecord> find(long id) {
    return jdbc.sql(
            "SELECT id, source_id, record_key, payload, location, changed_at FROM source_record"
                + " WHERE id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new StoredRecord(
                    rs.getLong("id"),
                    rs.getString("record_key"),
                    new SourceRow(
                        rs.getString("source_id"),
                        rs.getString("location"),
                        read(rs.getString("payload"))),
                    rs.getObject("changed_at", OffsetDateTime.class)))
        .optional();
  }

  /** The stored fields of these records of a source, by record key (keys not stored are absent). */
  public Map<String, Map<String, String>> fields(String sourceId, Collection<String> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, String>> found = new HashMap<>();
    jdbc.sql(
            "SELECT record_key, payload FROM source_record"
                + " WHERE source_id = :source AND record_key IN (:keys)")
        .param("source", sourceId)
        .param("keys", List.copyOf(keys))
        .query((rs, n) -> found.put(rs.getString(1), read(rs.getString(2))))
        .list();
    return found;
  }

  /** The ids of every stored record of a source (for an operator's filter by source). */
  public List<Long> idsOf(String sourceId) {
    return jdbc.sql("SELECT id FROM source_record WHERE source_id = :source ORDER BY id")
        .param("source", sourceId)
        .query(Long.class)
        .list();
  }

  private Stream<StoredRecord> select(String sourceId, Long pulledInRun) {
    return jdbc
        .sql(
            """
            SELECT id, record_key, payload, location, changed_at FROM source_record
            WHERE source_id = :source AND (CAST(:run AS BIGINT) IS NULL OR pulled_in_run = :run)
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

  /** A source record as stored: its database id, key, content and when it last changed. */
  public record StoredRecord(long id, String recordKey, SourceRow row, OffsetDateTime changedAt) {}
}

package vn.nq57.sync.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

  /**
   * Stores records, the columns that differ as arrays (one record or many); a record stored again
   * takes its content and where it was read now, and its changed_at moves only if it changed.
   */
  private static final String UPSERT =
      """
      INSERT INTO source_record (source_id, record_key, content_hash, payload, location,
                                 first_seen_at, changed_at, pulled_at, pulled_in_run)
      SELECT r.source, r.key, r.hash, CAST(r.payload AS jsonb), r.location, ?, ?, ?, ?
      FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]),
                  CAST(? AS TEXT[])) AS r(source, key, hash, payload, location)
      ON CONFLICT (source_id, record_key) DO UPDATE SET
          changed_at = CASE WHEN source_record.content_hash = EXCLUDED.content_hash
                            THEN source_record.changed_at ELSE EXCLUDED.changed_at END,
          content_hash = EXCLUDED.content_hash,
          payload = EXCLUDED.payload,
          location = EXCLUDED.location,
          pulled_at = EXCLUDED.pulled_at,
          pulled_in_run = EXCLUDED.pulled_in_run
      """;

  /** Records read per query when streaming. */
  static final int PAGE = 1_000;

  private static final int MARK_CHUNK = 5_000;

  /**
   * A record (s, with its mark m) whose outbox item may no longer match: never marked, changed,
   * other mapping, or a day passed.
   */
  private static final String STALE =
      """
      (m.mapped_hash IS NULL OR m.mapped_hash <> s.content_hash
       OR m.mapped_version IS DISTINCT FROM CAST(:version AS BIGINT)
       OR COALESCE(m.mapped_until <= CAST(:today AS DATE), FALSE))""";

  private static final String WITH_MARKS =
      " FROM source_record s LEFT JOIN source_record_mark m ON m.record_id = s.id";

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
    return batchJdbc
        .getJdbcTemplate()
        .query(
            UPSERT + " RETURNING id, changed_at",
            binder(List.of(new NewRecord(row, recordKey, contentHash)), runId, now),
            (rs, n) ->
                new StoredRecord(
                    rs.getLong("id"),
                    recordKey,
                    row,
                    rs.getObject("changed_at", OffsetDateTime.class),
                    contentHash))
        .get(0);
  }

  /**
   * Stores several records in one statement, as {@link #upsert} does one by one; the keys must
   * differ within a batch.
   */
  public void upsertAll(List<NewRecord> batch, long runId, OffsetDateTime now) {
    if (!batch.isEmpty()) {
      batchJdbc.getJdbcTemplate().update(UPSERT, binder(batch, runId, now));
    }
  }

  /** The parameters of {@link #UPSERT} for these records. */
  private PreparedStatementSetter binder(List<NewRecord> batch, long runId, OffsetDateTime now) {
    int n = batch.size();
    String[] sources = new String[n];
    String[] keys = new String[n];
    String[] hashes = new String[n];
    String[] payloads = new String[n];
    String[] locations = new String[n];
    for (int i = 0; i < n; i++) {
      NewRecord record = batch.get(i);
      sources[i] = record.row().sourceId();
      keys[i] = record.recordKey();
      hashes[i] = record.contentHash();
      payloads[i] = write(record.row().fields());
      locations[i] = record.row().location();
    }
    return ps -> {
      ps.setObject(1, now);
      ps.setObject(2, now);
      ps.setObject(3, now);
      ps.setLong(4, runId);
      ps.setArray(5, ps.getConnection().createArrayOf("text", sources));
      ps.setArray(6, ps.getConnection().createArrayOf("text", keys));
      ps.setArray(7, ps.getConnection().createArrayOf("text", hashes));
      ps.setArray(8, ps.getConnection().createArrayOf("text", payloads));
      ps.setArray(9, ps.getConnection().createArrayOf("text", locations));
    };
  }

  /** Has the planner sample the records again, e.g. after many were stored. */
  public void refreshStatistics() {
    jdbc.sql("ANALYZE source_record").update();
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
    forEach(sourceId, pulledInRun, null, sink);
  }

  /**
   * Streams the records as {@link #forEach(String, Long, Consumer)} does; given a {@code stale}
   * filter, only those whose content, mapping version or validity changed since they were {@link
   * #markMapped marked mapped}. Read in pages of {@link #PAGE} by id, so memory stays flat and no
   * transaction or cursor is held while the sink writes.
   */
  public void forEach(String sourceId, Long pulledInRun, Stale stale, Consumer<StoredRecord> sink) {
    long after = 0;
    while (true) {
      List<StoredRecord> page = page(sourceId, pulledInRun, stale, after);
      page.forEach(sink);
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  /** How many records the {@code stale} filter leaves out: their outbox item is still current. */
  public int countCurrent(String sourceId, Long pulledInRun, Stale stale) {
    return jdbc.sql(
            "SELECT count(*)"
                + WITH_MARKS
                + " WHERE "
                + selection(pulledInRun)
                + " AND NOT "
                + STALE)
        .paramSource(staleParams(sourceId, pulledInRun, stale))
        .query(Integer.class)
        .single();
  }

  /**
   * Records that these records' content, as hashed, was mapped with a mapping version into items
   * now in the outbox, valid until the given day (null: with no end). The version is whatever
   * number names the mapping as used (the run gives the fingerprint of its versions: task mapping,
   * crosswalk, agency map).
   */
  public void markMapped(long mappingVersion, List<Mapped> marks) {
    // One mark per record (the last), as one statement cannot write a row twice.
    Map<Long, Mapped> byRecord = new LinkedHashMap<>();
    marks.forEach(m -> byRecord.put(m.recordId(), m));
    List<Mapped> mapped = List.copyOf(byRecord.values());
    for (int from = 0; from < mapped.size(); from += MARK_CHUNK) {
      List<Mapped> chunk = mapped.subList(from, Math.min(mapped.size(), from + MARK_CHUNK));
      Long[] ids = chunk.stream().map(Mapped::recordId).toArray(Long[]::new);
      String[] hashes = chunk.stream().map(Mapped::contentHash).toArray(String[]::new);
      java.sql.Date[] until =
          chunk.stream()
              .map(m -> m.until() == null ? null : java.sql.Date.valueOf(m.until()))
              .toArray(java.sql.Date[]::new);
      batchJdbc
          .getJdbcTemplate()
          .update(
              """
              INSERT INTO source_record_mark (record_id, mapped_hash, mapped_version, mapped_until)
              SELECT m.id, m.hash, ?, m.until FROM unnest(?, ?, ?) AS m(id, hash, until)
              ON CONFLICT (record_id) DO UPDATE SET mapped_hash = EXCLUDED.mapped_hash,
                  mapped_version = EXCLUDED.mapped_version, mapped_until = EXCLUDED.mapped_until
              """,
              ps -> {
                ps.setLong(1, mappingVersion);
                ps.setArray(2, ps.getConnection().createArrayOf("bigint", ids));
                ps.setArray(3, ps.getConnection().createArrayOf("text", hashes));
                ps.setArray(4, ps.getConnection().createArrayOf("date", until));
              });
    }
  }

  /** Makes these records stale, e.g. tasks the outbox must send again under a new revision. */
  public void markStale(List<String> recordKeys) {
    if (!recordKeys.isEmpty()) {
      jdbc.sql(
              "DELETE FROM source_record_mark WHERE record_id IN"
                  + " (SELECT id FROM source_record WHERE record_key IN (:keys))")
          .param("keys", recordKeys)
          .update();
    }
  }

  /** One stored record by its id, with its source and content, for a replay or an operator. */
  public Optional<StoredRecord> find(long id) {
    return jdbc.sql(
            "SELECT id, source_id, record_key, content_hash, payload, location, changed_at"
                + " FROM source_record"
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
                    rs.getObject("changed_at", OffsetDateTime.class),
                    rs.getString("content_hash")))
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

  private List<StoredRecord> page(String sourceId, Long pulledInRun, Stale stale, long after) {
    // One statement per kind of selection, so each gets the plan of its index (a generic plan
    // for "run is null or matches" would scan the whole source for every page).
    return jdbc.sql(
            "SELECT s.id, s.record_key, s.content_hash, s.payload, s.location, s.changed_at"
                + (stale == null ? " FROM source_record s" : WITH_MARKS)
                + " WHERE "
                + selection(pulledInRun)
                + " AND s.id > :after"
                + (stale == null ? "" : " AND " + STALE)
                + " ORDER BY s.id LIMIT "
                + PAGE)
        .paramSource(staleParams(sourceId, pulledInRun, stale).addValue("after", after))
        .query(
            (rs, n) ->
                new StoredRecord(
                    rs.getLong("id"),
                    rs.getString("record_key"),
                    new SourceRow(
                        sourceId, rs.getString("location"), read(rs.getString("payload"))),
                    rs.getObject("changed_at", OffsetDateTime.class),
                    rs.getString("content_hash")))
        .list();
  }

  /** The records of a source not missing from it or, given a run, those the run pulled. */
  private static String selection(Long pulledInRun) {
    return pulledInRun == null
        ? "s.source_id = :source AND s.missing_since IS NULL"
        : "s.pulled_in_run = :run AND s.source_id = :source AND s.missing_since IS NULL";
  }

  private static MapSqlParameterSource staleParams(String sourceId, Long pulledInRun, Stale stale) {
    return new MapSqlParameterSource()
        .addValue("source", sourceId)
        .addValue("run", pulledInRun)
        .addValue("version", stale == null ? null : stale.mappingVersion(), Types.BIGINT)
        .addValue("today", stale == null ? null : stale.today(), Types.DATE);
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

  /**
   * A source record as stored: its database id, key, content, when it last changed and the hash of
   * the fields its mapping reads.
   */
  public record StoredRecord(
      long id, String recordKey, SourceRow row, OffsetDateTime changedAt, String contentHash) {}

  /**
   * Selects the records a mapping version (as numbered by {@link #markMapped}) must map again on a
   * day (see {@link #forEach}).
   */
  public record Stale(long mappingVersion, LocalDate today) {}

  /** A record mapped into the outbox: its id, the content hash mapped and until when it holds. */
  public record Mapped(long recordId, String contentHash, LocalDate until) {}
}

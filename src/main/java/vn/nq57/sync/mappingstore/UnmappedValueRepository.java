package vn.nq57.sync.mappingstore;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The work queue of source values a mapping could not map, one OPEN row per distinct value. */
@Repository
public class UnmappedValueRepository {

  private final JdbcClient jdbc;

  UnmappedValueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a sighting: a new OPEN item, or one more on the open item of the same value. */
  void record(
      String mappingId,
      String field,
      String normalised,
      String raw,
      String location,
      OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO unmapped_value (mapping_id, field, normalised_value, raw_example,
                source_location, first_seen_at, last_seen_at, seen_count, state)
            VALUES (:mapping, :field, :normalised, :raw, :location, :now, :now, 1, 'OPEN')
            ON CONFLICT (mapping_id, field, normalised_value) WHERE state = 'OPEN'
            DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at,
                          seen_count = unmapped_value.seen_count + 1,
                          source_location = EXCLUDED.source_location
            """)
        .param("mapping", mappingId)
        .param("field", field)
        .param("normalised", normalised)
        .param("raw", raw)
        .param("location", location)
        .param("now", now)
        .update();
  }

  List<UnmappedValue> open() {
    return jdbc.sql(
            "SELECT * FROM unmapped_value WHERE state = 'OPEN' ORDER BY mapping_id, field, id")
        .query(UnmappedValue.class)
        .list();
  }

  Optional<UnmappedValue> find(long id) {
    return jdbc.sql("SELECT * FROM unmapped_value WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(UnmappedValue.class)
        .optional();
  }

  void resolve(
      long id, String target, String by, String reason, long versionId, OffsetDateTime at) {
    jdbc.sql(
            """
            UPDATE unmapped_value SET state = 'RESOLVED', target_value = :target, resolved_by = :by,
                resolution = :reason, resolved_in_version_id = :version, resolved_at = :at
            WHERE id = :id
            """)
        .param("id", id)
        .param("target", target)
        .param("by", by)
        .param("reason", reason)
        .param("version", versionId)
        .param("at", at)
        .update();
  }

  /**
   * One unmapped value as the operator API shows it.
   *
   * @param field the mapping part whose value map lacks the value, e.g. {@code status}
   * @param sourceLocation where it was last seen, e.g. {@code bao-cao.csv row 12}
   */
  public record UnmappedValue(
      long id,
      String mappingId,
      String field,
      String normalisedValue,
      String rawExample,
      String sourceLocation,
      OffsetDateTime firstSeenAt,
      OffsetDateTime lastSeenAt,
      int seenCount,
      String state,
      String targetValue,
      String resolvedBy,
      OffsetDateTime resolvedAt) {}
}

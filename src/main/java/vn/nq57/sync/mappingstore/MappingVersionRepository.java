package vn.nq57.sync.mappingstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The stored versions of every mapping. */
@Repository
class MappingVersionRepository {

  private static final TypeReference<List<DefinitionError>> ERRORS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  MappingVersionRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Serialises changes to one mapping across threads and nodes, until the transaction ends. */
  void lock(String mappingId) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('mapping:' || :id))")
        .param("id", mappingId)
        .query((rs, n) -> 1)
        .single();
  }

  MappingVersion insert(MappingVersion v) {
    long id =
        jdbc.sql(
                """
                INSERT INTO mapping_version (mapping_id, version, state, mapping_yaml, crosswalk_name,
                    crosswalk_yaml, content_hash, valid, errors, author, reason, created_at, diff,
                    kind)
                VALUES (:mapping, :version, 'DRAFT', :yaml, :cwName, :cwYaml, :hash, :valid,
                    CAST(:errors AS jsonb), :author, :reason, :at, :diff, :kind)
                RETURNING id
                """)
            .param("mapping", v.mappingId())
            .param("version", v.version())
            .param("yaml", v.mappingYaml())
            .param("cwName", v.crosswalkName())
            .param("cwYaml", v.crosswalkYaml())
            .param("hash", v.contentHash())
            .param("valid", v.valid())
            .param("errors", write(v.errors()))
            .param("author", v.author())
            .param("reason", v.reason())
            .param("at", v.createdAt())
            .param("diff", v.diff())
            .param("kind", v.kind().name())
            .query(Long.class)
            .single();
    return byId(id).orElseThrow();
  }

  Optional<MappingVersion> byId(long id) {
    return select("id = :id ORDER BY version", id).stream().findFirst();
  }

  Optional<MappingVersion> find(String mappingId, int version) {
    return jdbc.sql("SELECT * FROM mapping_version WHERE mapping_id = :m AND version = :v")
        .param("m", mappingId)
        .param("v", version)
        .query(this::row)
        .optional();
  }

  List<MappingVersion> all(String mappingId) {
    return select("mapping_id = :id ORDER BY version", mappingId);
  }

  Optional<MappingVersion> latest(String mappingId) {
    return select("mapping_id = :id ORDER BY version DESC LIMIT 1", mappingId).stream().findFirst();
  }

  Optional<MappingVersion> active(String mappingId) {
    return select("mapping_id = :id AND state = 'ACTIVE'", mappingId).stream().findFirst();
  }

  /** The active version's id and number only: the cheap question a run start asks. */
  Optional<ActiveId> activeId(String mappingId) {
    return jdbc.sql(
            "SELECT id, version FROM mapping_version WHERE mapping_id = :m AND state = 'ACTIVE'")
        .param("m", mappingId)
        .query((rs, n) -> new ActiveId(rs.getLong("id"), rs.getInt("version")))
        .optional();
  }

  /** The active versions of every mapping of a kind. */
  List<MappingVersion> activeOfKind(MappingKind kind) {
    return jdbc.sql(
            "SELECT * FROM mapping_version WHERE kind = :kind AND state = 'ACTIVE' ORDER BY mapping_id")
        .param("kind", kind.name())
        .query(this::row)
        .list();
  }

  /** The id and number of a mapping's active version. */
  record ActiveId(long id, int version) {}

  boolean hasContent(String mappingId, String contentHash) {
    return jdbc.sql(
                "SELECT count(*) FROM mapping_version WHERE mapping_id = :m AND content_hash = :h")
            .param("m", mappingId)
            .param("h", contentHash)
            .query(Long.class)
            .single()
        > 0;
  }

  List<String> mappingIds() {
    return jdbc.sql("SELECT DISTINCT mapping_id FROM mapping_version ORDER BY mapping_id")
        .query(String.class)
        .list();
  }

  /** Retires the active version (if any) and activates the given one. */
  void activate(String mappingId, long versionId, OffsetDateTime at) {
    jdbc.sql(
            "UPDATE mapping_version SET state = 'RETIRED' WHERE mapping_id = :m AND state = 'ACTIVE'")
        .param("m", mappingId)
        .update();
    jdbc.sql("UPDATE mapping_version SET state = 'ACTIVE', activated_at = :at WHERE id = :id")
        .param("id", versionId)
        .param("at", at)
        .update();
  }

  private List<MappingVersion> select(String where, Object param) {
    return jdbc.sql("SELECT * FROM mapping_version WHERE " + where)
        .param("id", param)
        .query(this::row)
        .list();
  }

  private MappingVersion row(ResultSet rs, int n) throws SQLException {
    return new MappingVersion(
        rs.getLong("id"),
        rs.getString("mapping_id"),
        rs.getInt("version"),
        VersionState.valueOf(rs.getString("state")),
        rs.getString("mapping_yaml"),
        rs.getString("crosswalk_name"),
        rs.getString("crosswalk_yaml"),
        rs.getString("content_hash"),
        rs.getBoolean("valid"),
        read(rs.getString("errors")),
        rs.getString("author"),
        rs.getString("reason"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("activated_at", OffsetDateTime.class),
        rs.getString("diff"),
        MappingKind.valueOf(rs.getString("kind")));
  }

  private String write(List<DefinitionError> errors) {
    try {
      return json.writeValueAsString(errors);
    } catch (JacksonException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<DefinitionError> read(String errors) {
    try {
      return json.readValue(errors, ERRORS);
    } catch (JacksonException e) {
      throw new IllegalStateException("stored errors are not JSON", e);
    }
  }
}

package vn.nq57.sync.mappingstore;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who activated which mapping version, when and why: the audit that roll-back reads. */
@Repository
class MappingActivationRepository {

  private final JdbcClient jdbc;

  MappingActivationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void log(MappingVersion v, String action, String actor, String reason, OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO mapping_activation (mapping_id, version_id, action, actor, reason, activated_at)
            VALUES (:m, :v, :action, :actor, :reason, :at)
            """)
        .param("m", v.mappingId())
        .param("v", v.id())
        .param("action", action)
        .param("actor", actor)
        .param("reason", reason)
        .param("at", at)
        .update();
  }

  /** The version that was active before the current one was last activated. */
  Optional<Long> activeBefore(String mappingId, long currentId) {
    return jdbc.sql(
            """
            SELECT version_id FROM mapping_activation
            WHERE mapping_id = :m AND version_id <> :current
              AND id < (SELECT max(id) FROM mapping_activation
                        WHERE mapping_id = :m AND version_id = :current)
            ORDER BY id DESC LIMIT 1
            """)
        .param("m", mappingId)
        .param("current", currentId)
        .query(Long.class)
        .optional();
  }
}

package vn.nq57.sync.run;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.nq57.sync.mappingstore.MappingKind;
import vn.nq57.sync.mappingstore.MappingVersions.UsedVersion;

/**
 * Which stored versions each run used ({@code run_mapping_version}): task mapping, the crosswalk
 * stored with it, agency map, indicator mapping. Recorded when the run takes its versions, so even
 * a run that fails later says what it ran with.
 */
@Repository
class RunVersions {

  private final JdbcClient jdbc;

  RunVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the versions; one used twice (two sources of one mapping) is recorded once. */
  void record(long runId, List<UsedVersion> used) {
    for (UsedVersion v : used) {
      jdbc.sql(
              """
              INSERT INTO run_mapping_version (run_id, kind, mapping_id, version, version_id)
              VALUES (:run, :kind, :mapping, :version, :versionId) ON CONFLICT DO NOTHING
              """)
          .param("run", runId)
          .param("kind", v.kind().name())
          .param("mapping", v.mappingId())
          .param("version", v.version())
          .param("versionId", v.versionId())
          .update();
    }
  }

  List<UsedVersion> of(long runId) {
    return jdbc.sql(
            """
            SELECT kind, mapping_id, version, version_id FROM run_mapping_version
            WHERE run_id = :run ORDER BY mapping_id, kind
            """)
        .param("run", runId)
        .query(
            (rs, n) ->
                new UsedVersion(
                    MappingKind.valueOf(rs.getString("kind")),
                    rs.getString("mapping_id"),
                    rs.getInt("version"),
                    rs.getLong("version_id")))
        .list();
  }
}

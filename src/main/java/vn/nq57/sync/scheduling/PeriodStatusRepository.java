package vn.nq57.sync.scheduling;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.nq57.sync.run.PeriodType;

/**
 * Reads, per reporting period, its runs (of any trigger) and the states of the items they queued.
 */
@Repository
class PeriodStatusRepository {

  private final JdbcClient jdbc;

  PeriodStatusRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The counts of the given periods; a period without runs is missing from the map. */
  Map<String, PeriodCounts> counts(PeriodType type, Collection<String> periodIds) {
    Map<String, PeriodCounts> counts = new HashMap<>();
    if (periodIds.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            """
            SELECT r.period_id,
                   array_agg(DISTINCT r.id) AS run_ids,
                   count(DISTINCT r.id) FILTER (WHERE r.state IN ('QUEUED', 'COMPLETED'))
                       AS finished_runs,
                   count(i.id) AS queued,
                   count(i.id) FILTER (WHERE i.state = 'ACCEPTED') AS accepted,
                   count(i.id) FILTER (WHERE i.state = 'REJECTED') AS rejected,
                   count(i.id) FILTER (WHERE i.state = 'FAILED') AS failed,
                   count(i.id) FILTER (WHERE i.state = 'PENDING') AS pending,
                   greatest(max(i.acknowledged_at),
                            max(r.finished_at) FILTER (WHERE r.state IN ('QUEUED', 'COMPLETED')))
                       AS last_activity
            FROM sync_run r
            LEFT JOIN submission s ON s.run_id = r.id
            LEFT JOIN submission_item i ON i.submission_id = s.id
            WHERE r.period_type = :type AND r.period_id IN (:periods)
            GROUP BY r.period_id
            """)
        .param("type", type.name())
        .param("periods", List.copyOf(periodIds))
        .query(
            (ResultSet rs) -> {
              counts.put(rs.getString("period_id"), read(rs));
            });
    return counts;
  }

  private static PeriodCounts read(ResultSet rs) throws SQLException {
    return new PeriodCounts(
        runIds(rs.getArray("run_ids")),
        rs.getInt("finished_runs"),
        rs.getInt("queued"),
        rs.getInt("accepted"),
        rs.getInt("rejected"),
        rs.getInt("failed"),
        rs.getInt("pending"),
        rs.getObject("last_activity", OffsetDateTime.class));
  }

  private static List<Long> runIds(Array array) throws SQLException {
    return Arrays.stream((Long[]) array.getArray()).sorted().toList();
  }
}

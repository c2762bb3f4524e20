package vn.nq57.sync.run;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sources whose latest pulls all failed, for health and alerts: a source is failing when its last
 * {@code times} outcomes in runs are FAILED (one failure is a hiccup, a row of them is not).
 */
@Component
public class SourceFailures {

  private final JdbcClient jdbc;

  SourceFailures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Failing> failing(int times) {
    return jdbc.sql(
            """
            SELECT source_id, count(*) AS failures, max(finished_at) AS last_at,
                   (array_agg(error ORDER BY run_id DESC))[1] AS last_error
            FROM (SELECT source_id, run_id, outcome, error, finished_at,
                         row_number() OVER (PARTITION BY source_id ORDER BY run_id DESC) AS recent
                  FROM run_source) latest
            WHERE recent <= :times
            GROUP BY source_id
            HAVING count(*) = :times AND bool_and(outcome = 'FAILED')
            ORDER BY source_id""")
        .param("times", times)
        .query(
            (rs, n) ->
                new Failing(
                    rs.getString("source_id"),
                    rs.getInt("failures"),
                    rs.getString("last_error"),
                    rs.getObject("last_at", OffsetDateTime.class)))
        .list();
  }

  /** A source that failed its last {@code failures} pulls, the last at {@code lastAt}. */
  public record Failing(String sourceId, int failures, String lastError, OffsetDateTime lastAt) {}
}

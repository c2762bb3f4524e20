package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The submissions that gave up (FAILED), for health and alerts: how many, and the latest ones. */
@Component
public class FailedSubmissions {

  private static final int LATEST = 10;

  private final JdbcClient jdbc;

  FailedSubmissions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Summary summary() {
    int count =
        jdbc.sql("SELECT count(*) FROM submission WHERE state = 'FAILED'")
            .query(Integer.class)
            .single();
    List<Failed> latest =
        count == 0
            ? List.of()
            : jdbc.sql(
                    """
                    SELECT id, period_type, period_id, last_error, updated_at FROM submission
                    WHERE state = 'FAILED' ORDER BY updated_at DESC, id DESC LIMIT :limit""")
                .param("limit", LATEST)
                .query(
                    (rs, n) ->
                        new Failed(
                            rs.getLong("id"),
                            rs.getString("period_type") + " " + rs.getString("period_id"),
                            rs.getString("last_error"),
                            rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
    return new Summary(count, latest);
  }

  /**
   * @param count FAILED submissions in all
   * @param latest the most recently failed ones, newest first (at most ten)
   */
  public record Summary(int count, List<Failed> latest) {}

  /** One FAILED submission: its id, period, last error and when it failed. */
  public record Failed(long id, String period, String lastError, OffsetDateTime failedAt) {}
}

package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads, per run, what became of the items it queued: the outbox as runs and periods see it. */
@Component
public class DeliveryTallies {

  private final JdbcClient jdbc;

  DeliveryTallies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The tally of every given run that queued something; a run without submissions is missing. */
  public Map<Long, DeliveryTally> byRun(Collection<Long> runIds) {
    Map<Long, DeliveryTally> tallies = new HashMap<>();
    if (runIds.isEmpty()) {
      return tallies;
    }
    jdbc.sql(
            """
            SELECT s.run_id,
                   count(i.id) AS queued,
                   count(i.id) FILTER (WHERE s.state IN ('SENT', 'COMPLETED')) AS sent,
                   count(i.id) FILTER (WHERE i.state = 'ACCEPTED') AS accepted,
                   count(i.id) FILTER (WHERE i.state = 'REJECTED') AS rejected,
                   count(i.id) FILTER (WHERE i.state = 'FAILED') AS failed,
                   count(i.id) FILTER (WHERE i.state = 'PENDING') AS pending,
                   count(DISTINCT s.id) FILTER (WHERE s.state IN ('PENDING', 'SENT'))
                       AS open_submissions,
                   max(s.updated_at) AS updated_at,
                   max(i.acknowledged_at) AS acknowledged_at
            FROM submission s
            LEFT JOIN submission_item i ON i.submission_id = s.id
            WHERE s.run_id IN (:runs)
            GROUP BY s.run_id
            """)
        .param("runs", List.copyOf(runIds))
        .query(
            rs -> {
              tallies.put(
                  rs.getLong("run_id"),
                  new DeliveryTally(
                      rs.getInt("queued"),
                      rs.getInt("sent"),
                      rs.getInt("accepted"),
                      rs.getInt("rejected"),
                      rs.getInt("failed"),
                      rs.getInt("pending"),
                      rs.getInt("open_submissions"),
                      rs.getObject("updated_at", OffsetDateTime.class),
                      rs.getObject("acknowledged_at", OffsetDateTime.class)));
            });
    return tallies;
  }
}

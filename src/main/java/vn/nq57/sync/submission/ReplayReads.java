package vn.nq57.sync.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads submissions as a replay sees them, and decides which ones a replay must refuse. */
@Repository
class ReplayReads {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  ReplayReads(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<ReplayCandidate> candidate(long id) {
    record Row(
        SubmissionState state,
        String key,
        long run,
        String type,
        String period,
        String by,
        String body) {}
    return jdbc.sql(
            "SELECT state, idempotency_key, run_id, period_type, period_id, superseded_by, body"
                + " FROM submission WHERE id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Row(
                    SubmissionState.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)))
        .optional()
        .map(
            row ->
                new ReplayCandidate(
                    id,
                    row.state(),
                    row.key(),
                    row.run(),
                    row.type(),
                    row.period(),
                    row.by(),
                    items(id, parse(row.body()).path("items"))));
  }

  private List<ReplayCandidate.Item> items(long id, JsonNode bodyItems) {
    return jdbc.sql(
            """
            SELECT i.position, i.source_record_id, i.local_ref, i.task_code, i.revision,
                   coalesce(r.revision, i.revision) AS latest
            FROM submission_item i LEFT JOIN reported_task r ON r.local_ref = i.local_ref
            WHERE i.submission_id = :id ORDER BY i.position
            """)
        .param("id", id)
        .query(
            (rs, n) ->
                new ReplayCandidate.Item(
                    rs.getLong("source_record_id"),
                    rs.getString("local_ref"),
                    rs.getString("task_code"),
                    rs.getInt("revision"),
                    rs.getInt("latest"),
                    bodyItems.path(rs.getInt("position"))))
        .list();
  }

  /** Why each id that cannot be replayed cannot; resend: the same body would be sent again. */
  List<ReplayRefusal> refusals(Collection<Long> ids, boolean resend) {
    List<ReplayRefusal> refused = new ArrayList<>();
    Map<Long, ReplayCandidate> found =
        ids.stream()
            .distinct()
            .map(this::candidate)
            .flatMap(Optional::stream)
            .collect(Collectors.toMap(ReplayCandidate::submissionId, Function.identity()));
    for (long id : ids.stream().distinct().toList()) {
      ReplayCandidate c = found.get(id);
      if (c == null) {
        refused.add(new ReplayRefusal(id, "UNKNOWN", "There is no submission with this id."));
      } else if (c.state() == SubmissionState.SUPERSEDED) {
        refused.add(
            new ReplayRefusal(
                id,
                "SUPERSEDED",
                "A replay re-mapped it already; its tasks went out in submission(s) "
                    + c.supersededBy()
                    + "."));
      } else if (c.state() != SubmissionState.FAILED) {
        refused.add(
            new ReplayRefusal(
                id,
                "NOT_FAILED",
                "It is " + c.state() + "; only FAILED submissions are replayed."));
      } else if (resend) {
        c.items().stream()
            .filter(ReplayCandidate.Item::outdated)
            .findFirst()
            .ifPresent(
                item ->
                    refused.add(
                        new ReplayRefusal(
                            id,
                            "NEWER_REVISION",
                            "Task "
                                + item.taskCode()
                                + " ("
                                + item.localRef()
                                + ") has revision "
                                + item.latestRevision()
                                + " queued after the "
                                + item.revision()
                                + " this submission carries; resending it would report"
                                + " outdated content. Use REMAP.")));
      }
    }
    return refused;
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      throw new IllegalStateException("a stored submission body is not JSON", e);
    }
  }
}

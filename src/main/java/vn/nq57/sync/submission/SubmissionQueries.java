package vn.nq57.sync.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads submissions and their items for the operator API. */
@Repository
class SubmissionQueries {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  private final AttemptHistory history;

  SubmissionQueries(JdbcClient jdbc, ObjectMapper json, AttemptHistory history) {
    this.jdbc = jdbc;
    this.json = json;
    this.history = history;
  }

  /** A page of the submissions the filter selects, newest first. */
  List<SubmissionView> page(SubmissionFilter filter, int limit, long offset) {
    return FilterSql.bind(
            jdbc.sql(
                "SELECT s.* FROM submission s"
                    + FilterSql.WHERE
                    + FilterSql.ANY_ITEM
                    + " ORDER BY s.id DESC LIMIT :limit OFFSET :offset"),
            filter)
        .param("limit", limit)
        .param("offset", offset)
        .query(this::submission)
        .list();
  }

  long count(SubmissionFilter filter) {
    return FilterSql.bind(
            jdbc.sql("SELECT count(*) FROM submission s" + FilterSql.WHERE + FilterSql.ANY_ITEM),
            filter)
        .query(Long.class)
        .single();
  }

  /** The ids the filter selects, oldest first (the order a replay keeps). */
  List<Long> ids(SubmissionFilter filter, int limit) {
    return FilterSql.bind(
            jdbc.sql(
                "SELECT s.id FROM submission s"
                    + FilterSql.WHERE
                    + FilterSql.ANY_ITEM
                    + " ORDER BY s.id LIMIT :limit"),
            filter)
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  Optional<SubmissionView> find(long id) {
    return jdbc.sql("SELECT * FROM submission WHERE id = :id")
        .param("id", id)
        .query(this::submission)
        .optional();
  }

  private SubmissionView submission(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    return new SubmissionView(
        id,
        rs.getLong("run_id"),
        rs.getString("period_type"),
        rs.getString("period_id"),
        SubmissionState.valueOf(rs.getString("state")),
        rs.getString("idempotency_key"),
        rs.getString("national_submission_id"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        "PENDING".equals(rs.getString("state"))
            ? rs.getObject("next_attempt_at", OffsetDateTime.class)
            : null,
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("sent_at", OffsetDateTime.class),
        rs.getObject("completed_at", OffsetDateTime.class),
        items(id),
        history.of(id));
  }

  private List<SubmissionView.Item> items(long submissionId) {
    return jdbc.sql("SELECT * FROM submission_item WHERE submission_id = :id ORDER BY position")
        .param("id", submissionId)
        .query(
            (rs, n) ->
                new SubmissionView.Item(
                    rs.getInt("position"),
                    rs.getString("local_ref"),
                    rs.getString("task_code"),
                    rs.getInt("revision"),
                    ItemState.valueOf(rs.getString("state")),
                    rs.getString("receipt_no"),
                    parse(rs.getString("errors")),
                    rs.getObject("acknowledged_at", OffsetDateTime.class),
                    rs.getObject("mapping_version_id", Long.class)))
        .list();
  }

  private JsonNode parse(String errors) {
    try {
      return errors == null ? null : json.readTree(errors);
    } catch (JacksonException e) {
      throw new IllegalStateException("stored errors are not JSON", e);
    }
  }
}

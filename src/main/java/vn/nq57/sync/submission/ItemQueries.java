package vn.nq57.sync.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads report items across submissions for the operator's lists, item history and exports. */
@Repository
class ItemQueries {

  private static final String SELECT =
      """
      SELECT i.*, s.run_id, s.period_type, s.period_id, s.state AS submission_state,
             s.last_error, s.created_at
      FROM submission_item i JOIN submission s ON s.id = i.submission_id
      """;

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final AttemptHistory history;

  ItemQueries(JdbcClient jdbc, ObjectMapper json, AttemptHistory history) {
    this.jdbc = jdbc;
    this.json = json;
    this.history = history;
  }

  List<ItemRow> page(SubmissionFilter filter, int limit, long offset) {
    return FilterSql.bind(
            jdbc.sql(
                SELECT
                    + FilterSql.WHERE
                    + FilterSql.ITEM
                    + " ORDER BY i.id DESC LIMIT :limit OFFSET :offset"),
            filter)
        .param("limit", limit)
        .param("offset", offset)
        .query(this::row)
        .list();
  }

  long count(SubmissionFilter filter) {
    return FilterSql.bind(
            jdbc.sql(
                "SELECT count(*) FROM submission_item i JOIN submission s ON s.id = i.submission_id"
                    + FilterSql.WHERE
                    + FilterSql.ITEM),
            filter)
        .query(Long.class)
        .single();
  }

  /** Streams the selected items, oldest first, to the sink (at most max). */
  void forEach(SubmissionFilter filter, int max, Consumer<ItemRow> sink) {
    try (Stream<ItemRow> rows =
        FilterSql.bind(
            jdbc.sql(SELECT + FilterSql.WHERE + FilterSql.ITEM + " ORDER BY i.id LIMIT :limit"),
            filter)
            .param("limit", max)
            .query(this::row)
            .stream()) {
      rows.forEach(sink);
    }
  }

  Optional<ItemHistory> history(long itemId) {
    return jdbc.sql(SELECT + " WHERE i.id = :id")
        .param("id", itemId)
        .query(this::row)
        .optional()
        .map(this::withHistory);
  }

  private ItemHistory withHistory(ItemRow item) {
    record Sent(String key, String body) {}
    Sent sent =
        jdbc.sql("SELECT idempotency_key, body FROM submission WHERE id = :id")
            .param("id", item.submissionId())
            .query((rs, n) -> new Sent(rs.getString(1), rs.getString(2)))
            .single();
    JsonNode payload = parse(sent.body()).path("items").path(position(item.itemId()));
    List<ItemHistory.Revision> revisions =
        jdbc.sql(
                """
                SELECT i.id, i.submission_id, i.revision, i.state, s.created_at
                FROM submission_item i JOIN submission s ON s.id = i.submission_id
                WHERE i.local_ref = :ref ORDER BY i.revision, i.id
                """)
            .param("ref", item.localRef())
            .query(
                (rs, n) ->
                    new ItemHistory.Revision(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        ItemState.valueOf(rs.getString(4)),
                        rs.getObject(5, OffsetDateTime.class)))
            .list();
    return new ItemHistory(item, sent.key(), payload, history.of(item.submissionId()), revisions);
  }

  private int position(long itemId) {
    return jdbc.sql("SELECT position FROM submission_item WHERE id = :id")
        .param("id", itemId)
        .query(Integer.class)
        .single();
  }

  private ItemRow row(ResultSet rs, int n) throws SQLException {
    return new ItemRow(
        rs.getLong("id"),
        rs.getLong("submission_id"),
        rs.getLong("run_id"),
        rs.getString("period_type"),
        rs.getString("period_id"),
        SubmissionState.valueOf(rs.getString("submission_state")),
        rs.getString("local_ref"),
        rs.getString("task_code"),
        rs.getInt("revision"),
        ItemState.valueOf(rs.getString("state")),
        rs.getString("receipt_no"),
        parse(rs.getString("errors")),
        rs.getString("last_error"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("acknowledged_at", OffsetDateTime.class),
        rs.getLong("source_record_id"),
        rs.getObject("mapping_version_id", Long.class));
  }

  private JsonNode parse(String text) {
    try {
      return text == null ? null : json.readTree(text);
    } catch (JacksonException e) {
      throw new IllegalStateException("stored JSON cannot be read", e);
    }
  }
}

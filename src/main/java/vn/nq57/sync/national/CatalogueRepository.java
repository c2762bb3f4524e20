package vn.nq57.sync.national;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cached catalogue ({@code catalogue_task}) and its last refresh ({@code catalogue_refresh}).
 */
@Repository
class CatalogueRepository {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  CatalogueRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * Replaces the whole catalogue in one transaction; concurrent refreshes queue on the row lock.
   */
  @Transactional
  void replace(String unitCode, List<CatalogueTask> tasks, OffsetDateTime at, int requests) {
    jdbc.sql("SELECT id FROM catalogue_refresh WHERE id = 1 FOR UPDATE").query().singleRow();
    jdbc.sql("DELETE FROM catalogue_task").update();
    MapSqlParameterSource[] rows =
        tasks.stream()
            .map(
                t ->
                    new MapSqlParameterSource()
                        .addValue("code", t.taskCode())
                        .addValue("title", t.title())
                        .addValue("document", t.sourceDocument())
                        .addValue("dueOn", t.dueOn())
                        .addValue("dueText", t.dueText())
                        .addValue("unit", t.assignedUnitCode()))
            .toArray(MapSqlParameterSource[]::new);
    batch.batchUpdate(
        "INSERT INTO catalogue_task (task_code, title, source_document, due_on, due_text,"
            + " assigned_unit_code) VALUES (:code, :title, :document, :dueOn, :dueText, :unit)",
        rows);
    jdbc.sql(
            "UPDATE catalogue_refresh SET unit_code = :unit, refreshed_at = :at, task_count = :count,"
                + " requests = :requests, attempted_at = :at, last_error = NULL WHERE id = 1")
        .param("unit", unitCode)
        .param("at", at)
        .param("count", tasks.size())
        .param("requests", requests)
        .update();
  }

  void failed(OffsetDateTime at, String error) {
    jdbc.sql("UPDATE catalogue_refresh SET attempted_at = :at, last_error = :error WHERE id = 1")
        .param("at", at)
        .param("error", error)
        .update();
  }

  Refresh refresh() {
    return jdbc.sql(
            "SELECT unit_code, refreshed_at, task_count, requests, attempted_at, last_error"
                + " FROM catalogue_refresh WHERE id = 1")
        .query(
            (rs, n) ->
                new Refresh(
                    rs.getString("unit_code"),
                    rs.getObject("refreshed_at", OffsetDateTime.class),
                    rs.getInt("task_count"),
                    rs.getInt("requests"),
                    rs.getObject("attempted_at", OffsetDateTime.class),
                    rs.getString("last_error")))
        .single();
  }

  List<CatalogueTask> tasks() {
    return jdbc.sql(
            "SELECT task_code, title, source_document, due_on, due_text, assigned_unit_code"
                + " FROM catalogue_task ORDER BY task_code")
        .query(
            (rs, n) ->
                new CatalogueTask(
                    rs.getString("task_code"),
                    rs.getString("title"),
                    rs.getString("source_document"),
                    Optional.ofNullable(rs.getDate("due_on"))
                        .map(java.sql.Date::toLocalDate)
                        .orElse(null),
                    rs.getString("due_text"),
                    rs.getString("assigned_unit_code")))
        .list();
  }

  /**
   * The last refresh and attempt.
   *
   * @param unitCode the unit whose catalogue is cached; null before the first refresh
   * @param refreshedAt when it was read whole; null before the first refresh
   * @param taskCount how many tasks it has
   * @param requests how many catalogue requests the last successful refresh made (retries included)
   * @param attemptedAt the last attempt, successful or not
   * @param lastError why the last attempt failed; null when it succeeded
   */
  record Refresh(
      String unitCode,
      OffsetDateTime refreshedAt,
      int taskCount,
      int requests,
      OffsetDateTime attemptedAt,
      String lastError) {}
}

package vn.nq57.sync.source;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import vn.nq57.sync.support.PermanentFailureException;
import vn.nq57.sync.support.TransientFailureException;

/**
 * Pulls the rows of a provincial database query changed since the watermark, through a cursor read
 * page by page (fetch size), so memory stays flat however large the table. Each column label is a
 * source field; the greatest watermark-column value seen is the next watermark.
 */
@Component
class SqlSource {

  String pull(ConfiguredSource source, String watermark, RecordSink sink) {
    SqlSettings sql = source.settings().sql();
    String since = watermark != null ? watermark : sql.initialWatermark();
    return Retrying.call(
        source.id() + " query",
        sql.maxAttempts(),
        sql.initialBackoff(),
        () -> query(source, since, watermark, sink));
  }

  private String query(ConfiguredSource source, String since, String stored, RecordSink sink) {
    SqlSettings sql = source.settings().sql();
    SingleConnectionDataSource database = dataSource(sql);
    try {
      JdbcTemplate jdbc = new JdbcTemplate(database);
      jdbc.setFetchSize(sql.pageSize());
      jdbc.setQueryTimeout((int) Math.max(1, sql.queryTimeout().toSeconds()));
      String[] latest = {stored};
      new NamedParameterJdbcTemplate(jdbc)
          .query(
              sql.query(),
              new MapSqlParameterSource("watermark", Watermarks.jdbcValue(since)),
              rs -> {
                Map<String, String> fields = fields(rs);
                latest[0] = Watermarks.later(latest[0], fields.get(sql.watermarkColumn()));
                sink.accept(new SourceRow(source.id(), location(source, rs, fields), fields));
              });
      return latest[0];
    } catch (DataAccessException e) {
      throw classify(source.id(), e);
    } finally {
      database.destroy();
    }
  }

  private static SingleConnectionDataSource dataSource(SqlSettings sql) {
    SingleConnectionDataSource database = new SingleConnectionDataSource();
    database.setUrl(sql.url());
    database.setUsername(sql.username());
    database.setPassword(sql.password());
    // A cursor (fetch size honoured) needs a transaction; the pull only reads.
    database.setAutoCommit(false);
    database.setSuppressClose(true);
    Properties properties = new Properties();
    String seconds = String.valueOf(Math.max(1, sql.connectTimeout().toSeconds()));
    properties.setProperty("connectTimeout", seconds);
    properties.setProperty("loginTimeout", seconds);
    properties.setProperty("readOnly", "true");
    database.setConnectionProperties(properties);
    return database;
  }

  private static Map<String, String> fields(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      fields.put(meta.getColumnLabel(i), text(rs.getObject(i)));
    }
    return fields;
  }

  /** Dates day first as offices write them; date-times ISO so they compare as watermarks. */
  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toString();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toString();
    }
    return Normalizer.normalize(value.toString(), Normalizer.Form.NFC);
  }

  private static String location(ConfiguredSource source, ResultSet rs, Map<String, String> fields)
      throws SQLException {
    String idColumn = source.settings().sql().idColumn();
    String id = idColumn.isBlank() ? null : fields.get(idColumn);
    return id != null && !id.isBlank()
        ? source.id() + " record " + id
        : source.id() + " row " + rs.getRow();
  }

  private static RuntimeException classify(String sourceId, DataAccessException e) {
    Throwable cause = e.getMostSpecificCause();
    String message = sourceId + ": " + cause.getMessage();
    boolean connection =
        cause instanceof SQLTransientException
            || cause instanceof SQLRecoverableException
            || (cause instanceof SQLNonTransientConnectionException)
            || (cause instanceof SQLException sqlException
                && sqlException.getSQLState() != null
                && sqlException.getSQLState().startsWith("08"))
            || e instanceof org.springframework.dao.TransientDataAccessException
            || e instanceof org.springframework.jdbc.CannotGetJdbcConnectionException;
    return connection
        ? new TransientFailureException(message, null, e)
        : new PermanentFailureException("SOURCE_QUERY_FAILED", message);
  }
}

package vn.nq57.sync.source;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A query on a provincial database, read through a cursor in pages and incrementally.
 *
 * @param url any JDBC URL whose driver is on the class path (PostgreSQL is built in)
 * @param username database user
 * @param password set with an environment placeholder; never printed
 * @param query a SELECT with the named parameter {@code :watermark}, e.g. {@code ... WHERE
 *     cap_nhat_luc > :watermark}; its column labels are the source fields
 * @param watermarkColumn the column whose greatest value becomes the next watermark
 * @param idColumn the column named in a parked record's location (optional)
 * @param initialWatermark bound on the first pull: an ISO date-time or a number
 * @param pageSize rows fetched per round trip
 * @param connectTimeout time to connect
 * @param queryTimeout time for the whole query
 * @param maxAttempts tries on a transient error (connection lost or refused)
 * @param initialBackoff the first wait between tries, doubled each time
 */
public record SqlSettings(
    String url,
    String username,
    String password,
    String query,
    String watermarkColumn,
    @DefaultValue("") String idColumn,
    @DefaultValue("1970-01-01T00:00:00Z") String initialWatermark,
    @DefaultValue("500") int pageSize,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("5m") Duration queryTimeout,
    @DefaultValue("3") int maxAttempts,
    @DefaultValue("1s") Duration initialBackoff) {

  @Override
  public String toString() {
    return "SqlSettings[url=" + url + ", username=" + username + ", password=******]";
  }
}

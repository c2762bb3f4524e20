package vn.nq57.sync.submission;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox as gauges, read from the database when Prometheus scrapes: {@code
 * nq57.submissions{state}} counts submissions per state, and {@code
 * nq57.submissions.oldest.age{state}} is how long the oldest PENDING (not yet sent) or SENT (not
 * yet acknowledged) submission has existed. One grouped query serves every gauge of a scrape; while
 * the database cannot be read the gauges are NaN (absent), never a misleading zero.
 */
@Component
class SubmissionGauges {

  static final String COUNT = "nq57.submissions";
  static final String OLDEST_AGE = "nq57.submissions.oldest.age";
  private static final Duration FRESH_FOR = Duration.ofSeconds(1);
  private static final Logger log = LoggerFactory.getLogger(SubmissionGauges.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private Snapshot snapshot = new Snapshot(Instant.MIN, null);

  SubmissionGauges(JdbcClient jdbc, MeterRegistry meters, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    for (SubmissionState state : SubmissionState.values()) {
      Gauge.builder(COUNT, this, gauges -> gauges.count(state))
          .description("Submissions in the outbox by state")
          .tag("state", tag(state))
          .register(meters);
    }
    for (SubmissionState state :
        new SubmissionState[] {SubmissionState.PENDING, SubmissionState.SENT}) {
      Gauge.builder(OLDEST_AGE, this, gauges -> gauges.oldestAgeSeconds(state))
          .description("Age of the oldest submission in this state (0 when there is none)")
          .tag("state", tag(state))
          .baseUnit("seconds")
          .register(meters);
    }
  }

  private double count(SubmissionState state) {
    Map<SubmissionState, Row> rows = rows();
    if (rows == null) {
      return Double.NaN;
    }
    Row row = rows.get(state);
    return row == null ? 0 : row.count();
  }

  private double oldestAgeSeconds(SubmissionState state) {
    Map<SubmissionState, Row> rows = rows();
    if (rows == null) {
      return Double.NaN;
    }
    Row row = rows.get(state);
    if (row == null || row.oldest() == null) {
      return 0;
    }
    return Math.max(0, Duration.between(row.oldest().toInstant(), clock.instant()).toSeconds());
  }

  private synchronized Map<SubmissionState, Row> rows() {
    Instant now = clock.instant();
    if (snapshot.readAt().plus(FRESH_FOR).isBefore(now) || snapshot.readAt().isAfter(now)) {
      snapshot = new Snapshot(now, read());
    }
    return snapshot.rows();
  }

  private Map<SubmissionState, Row> read() {
    try {
      Map<SubmissionState, Row> rows = new EnumMap<>(SubmissionState.class);
      jdbc.sql(
              "SELECT state, count(*) AS n, min(created_at) AS oldest FROM submission GROUP BY state")
          .query(
              (rs, n) ->
                  rows.put(
                      SubmissionState.valueOf(rs.getString("state")),
                      new Row(rs.getLong("n"), rs.getObject("oldest", OffsetDateTime.class))))
          .list();
      return rows;
    } catch (DataAccessException e) {
      log.debug("Submission gauges cannot read the outbox: {}", e.getMessage());
      return null;
    }
  }

  private static String tag(SubmissionState state) {
    return state.name().toLowerCase(Locale.ROOT);
  }

  private record Row(long count, OffsetDateTime oldest) {}

  private record Snapshot(Instant readAt, Map<SubmissionState, Row> rows) {}
}

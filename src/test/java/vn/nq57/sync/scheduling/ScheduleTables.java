package vn.nq57.sync.scheduling;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sets schedule registrations for a test and puts the schedule tables back as they were. */
final class ScheduleTables {

  private final JdbcClient jdbc;
  private final Map<String, OffsetDateTime> registrations;

  /** Remembers the registrations the application made at start-up. */
  ScheduleTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.registrations =
        jdbc
            .sql("SELECT schedule, registered_at FROM schedule_registration")
            .query(
                (rs, n) ->
                    Map.entry(
                        rs.getString("schedule"),
                        rs.getObject("registered_at", OffsetDateTime.class)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  void registered(Cadence cadence, String at) {
    jdbc.sql(
            """
            INSERT INTO schedule_registration (schedule, registered_at) VALUES (:schedule, :at)
            ON CONFLICT (schedule) DO UPDATE SET registered_at = excluded.registered_at
            """)
        .param("schedule", cadence.name())
        .param("at", OffsetDateTime.parse(at))
        .update();
  }

  void restore() {
    jdbc.sql("TRUNCATE schedule_claim, schedule_overdue_warning, schedule_registration").update();
    registrations.forEach(
        (schedule, at) ->
            jdbc.sql("INSERT INTO schedule_registration (schedule, registered_at) VALUES (:s, :at)")
                .param("s", schedule)
                .param("at", at)
                .update());
  }
}

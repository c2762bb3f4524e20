package vn.nq57.sync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.support.IntegrationTestSupport;

/**
 * GET /api/periods and the due check, with the test clock on Monday 25 Aug 2025 (2025-W35) and the
 * weekly schedule registered on 20 Aug: 2025-W34 was due on Friday 22 Aug 17:00.
 */
class PeriodsApiTest extends IntegrationTestSupport {

  @Autowired private TestRestTemplate rest;
  @Autowired private DueCheck dueCheck;
  @Autowired private MeterRegistry meters;

  private ScheduleTables tables;

  @BeforeEach
  void registerWeeklyBeforeLastWeeksDueTime() {
    tables = new ScheduleTables(jdbc);
    tables.registered(Cadence.WEEKLY, "2025-08-20T10:00:00+07:00");
  }

  @AfterEach
  void restoreTables() {
    tables.restore();
  }

  @Test
  void showsLastWeekWithoutAnyRunAsOverdueAndThisWeekAsOpen() {
    JsonNode weekly = schedule("weekly");

    assertThat(weekly.path("periods")).hasSize(2);
    JsonNode current = weekly.path("periods").get(0);
    JsonNode last = weekly.path("periods").get(1);
    assertThat(current.path("periodId").asString()).isEqualTo("2025-W35");
    assertThat(current.path("state").asString()).isEqualTo("OPEN");
    assertThat(last.path("periodId").asString()).isEqualTo("2025-W34");
    assertThat(last.path("state").asString()).isEqualTo("OVERDUE");
    assertThat(OffsetDateTime.parse(last.path("dueAt").asString()))
        .isEqualTo(OffsetDateTime.parse("2025-08-22T17:00:00+07:00"));
    assertThat(last.path("runIds")).isEmpty();
  }

  @Test
  void showsAWeekWhoseRunFailedAsOverdueWithItsRun() {
    long failed = run("FAILED", "2025-08-22T14:00:30+07:00");

    JsonNode last = schedule("weekly").path("periods").get(1);

    assertThat(last.path("state").asString()).isEqualTo("OVERDUE");
    assertThat(last.path("runIds").get(0).asLong()).isEqualTo(failed);
  }

  @Test
  void showsAWeekReportedBeforeItsDueTimeAsOnTime() {
    run("COMPLETED", "2025-08-22T14:00:30+07:00");

    assertThat(schedule("weekly").path("periods").get(1).path("state").asString())
        .isEqualTo("ON_TIME");
  }

  @Test
  void warnsOnceAboutAnOverdueWeekAndCountsItInTheGauge() {
    dueCheck.check();
    dueCheck.check();

    assertThat(
            jdbc.sql("SELECT schedule || ' ' || period_id FROM schedule_overdue_warning")
                .query(String.class)
                .list())
        .containsExactly("WEEKLY 2025-W34");
    assertThat(meters.get("nq57.reports.overdue").tag("schedule", "weekly").gauge().value())
        .isEqualTo(1.0);
    assertThat(meters.get("nq57.reports.overdue").tag("schedule", "monthly").gauge().value())
        .isZero();
  }

  @Test
  void isForOperatorsOnly() {
    assertThat(rest.getForEntity("/api/periods", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private JsonNode schedule(String name) {
    ResponseEntity<JsonNode> response =
        rest.withBasicAuth("operator", "operator-test")
            .getForEntity("/api/periods", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (JsonNode schedule : response.getBody()) {
      if (schedule.path("schedule").asString().equals(name)) {
        return schedule;
      }
    }
    throw new AssertionError("no schedule " + name + " in " + response.getBody());
  }

  private long run(String state, String finishedAt) {
    return jdbc.sql(
            """
            INSERT INTO sync_run (trigger_kind, period_type, period_id, state, started_at,
                                  finished_at)
            VALUES ('SCHEDULE', 'WEEK', '2025-W34', :state, :finished, :finished) RETURNING id
            """)
        .param("state", state)
        .param("finished", OffsetDateTime.parse(finishedAt))
        .query(Long.class)
        .single();
  }
}

package vn.nq57.sync.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, two instances: two adapters on one database and one national side, each with its own
 * inbox, the daily schedule firing every five seconds on both, reports dropped into both inboxes so
 * that both push timers send at once. No submission may be sent twice, nothing may be missing, and
 * each schedule runs once per period.
 */
class TwoInstancesTest extends AdapterProcessTestSupport {

  private static final int VARIANTS = 6;
  private static final int ROWS_PER_VARIANT = 2;
  private static final String FIRED_BUT_CLAIMED = "was already run by its schedule";

  @Test
  void sendsEverySubmissionOnceAndRunsEachScheduledPeriodOnce() {
    Path inboxA = inbox("inbox-a");
    Path inboxB = inbox("inbox-b");
    national.delayEveryPost(400); // a slow national side: pushes of both instances overlap
    Map<String, String> everyFiveSeconds = schedules("0/5 * * * * ?", true);
    // One after the other, as in a rolling start: started together on an empty database, one
    // instance can die importing mappings/ (VersionConflictException from MappingFileImport).
    AdapterProcess a = startAdapter("a", inboxA, everyFiveSeconds).awaitReady(START_TIMEOUT);
    AdapterProcess b = startAdapter("b", inboxB, everyFiveSeconds).awaitReady(START_TIMEOUT);

    drop(inboxA, "bao-cao-phu-luc-I.csv", SampleReport.sample());
    await("the sample queued")
        .atMost(Duration.ofSeconds(30))
        .until(() -> count("SELECT count(*) FROM submission_item") >= SampleReport.MAPPED_ITEMS);
    List<Integer> lines = changeableLines();
    for (int v = 0; v < VARIANTS; v++) {
      String name = "bien-the-" + (v + 1);
      List<Integer> rows = lines.subList(v * ROWS_PER_VARIANT, (v + 1) * ROWS_PER_VARIANT);
      drop(v % 2 == 0 ? inboxA : inboxB, name + ".csv", SampleReport.variant(name, rows));
    }
    int expectedItems = SampleReport.MAPPED_ITEMS + VARIANTS * ROWS_PER_VARIANT;
    await("everything acknowledged and the schedule fired several times")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                count("SELECT count(*) FROM submission_item") >= expectedItems
                    && count("SELECT count(*) FROM submission WHERE state <> 'COMPLETED'") == 0
                    && a.countLines(FIRED_BUT_CLAIMED) + b.countLines(FIRED_BUT_CLAIMED) >= 3);

    assertThat(count("SELECT count(*) FROM submission_item"))
        .as("items queued")
        .isEqualTo(expectedItems);
    NationalLedger ledger = national.ledger();
    List<String> keys =
        jdbc.sql("SELECT idempotency_key FROM submission").query(String.class).list();
    assertThat(ledger.processedByKey())
        .as("each submission's key processed exactly once")
        .isEqualTo(keys.stream().collect(Collectors.toMap(Function.identity(), k -> 1)));
    assertThat(ledger.replayedByKey()).as("keys sent again").isEmpty();
    assertThat(ledger.refusedByKey()).isEmpty();
    assertThat(ledger.rejected()).isEmpty();
    assertThat(ledger.acceptedCounts()).hasSize(expectedItems).containsOnlyKeys(sentItems());
    assertThat(ledger.acceptedCounts().values())
        .as("acceptances per task revision")
        .containsOnly(1);
    assertThat(
            count(
                "SELECT count(*) FROM submission_item WHERE state <> 'ACCEPTED' OR receipt_no IS NULL"))
        .isZero();
    assertThat(sends(a) + sends(b)).isEqualTo(keys.size());
    assertThat(sends(a)).as("submissions sent by a").isPositive();
    assertThat(sends(b)).as("submissions sent by b").isPositive();
    assertOneScheduledRunPerPeriod();
    System.out.printf(
        "Two instances, national side: %s; submissions %d (a sent %d, b sent %d);"
            + " schedule fires skipped as claimed: a %d, b %d%n",
        ledger.summary(),
        keys.size(),
        sends(a),
        sends(b),
        a.countLines(FIRED_BUT_CLAIMED),
        b.countLines(FIRED_BUT_CLAIMED));
  }

  private static void assertOneScheduledRunPerPeriod() {
    assertThat(
            jdbc.sql(
                    "SELECT period_type || ' ' || period_id || ': ' || count(*) FROM sync_run"
                        + " WHERE trigger_kind IN ('SCHEDULE', 'CATCH_UP')"
                        + " GROUP BY period_type, period_id")
                .query(String.class)
                .list())
        .as("scheduled runs per period")
        .isNotEmpty()
        .allMatch(line -> line.endsWith(": 1"));
    assertThat(
            jdbc.sql(
                    "SELECT schedule || ' ' || period_id || ': ' || count(*) FROM schedule_claim"
                        + " GROUP BY schedule, period_id")
                .query(String.class)
                .list())
        .as("claims per schedule and period")
        .isNotEmpty()
        .allMatch(line -> line.endsWith(": 1"));
  }

  /** File lines of the sample whose tasks went out and whose last cells can be changed. */
  private static List<Integer> changeableLines() {
    List<Integer> lines =
        jdbc
            .sql(
                "SELECT CAST(substring(r.location from ' row ([0-9]+)$') AS INTEGER)"
                    + " FROM submission_item i JOIN source_record r ON r.id = i.source_record_id")
            .query(Integer.class)
            .list()
            .stream()
            .filter(SampleReport::changeable)
            .sorted()
            .toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(VARIANTS * ROWS_PER_VARIANT);
    return lines;
  }

  private static long sends(AdapterProcess adapter) {
    return adapter.countLines("sent as national");
  }

  private static long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static List<NationalLedger.TaskRevision> sentItems() {
    return jdbc.sql("SELECT task_code, revision FROM submission_item")
        .query((rs, n) -> new NationalLedger.TaskRevision(rs.getString(1), rs.getInt(2)))
        .list();
  }
}

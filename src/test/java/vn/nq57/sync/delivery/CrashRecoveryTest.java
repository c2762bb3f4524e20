package vn.nq57.sync.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, crash: the adapter is killed with SIGKILL while its POST is in flight (the national side
 * has processed it, the answer has not come back), then started again on the same database and
 * inbox. The national side must end up with every item accepted exactly once, nothing missing.
 */
class CrashRecoveryTest extends AdapterProcessTestSupport {

  @Test
  void acknowledgesEveryItemOnceWhenKilledInTheMiddleOfAPushAndRestarted() {
    Path inbox = inbox("inbox");
    national.slowDownNextPosts(1, 8_000);
    AdapterProcess first = startAdapter("first", inbox, Map.of()).awaitReady(START_TIMEOUT);

    drop(inbox, "bao-cao-phu-luc-I.csv", SampleReport.sample());
    await("the POST in flight")
        .atMost(Duration.ofSeconds(30))
        .until(() -> national.ledger().postKeys().size() == 1);
    int exitCode = first.kill();

    assertThat(exitCode).as("exit code of SIGKILL (128 + 9)").isEqualTo(137);
    assertThat(submissions()).as("the outbox right after the kill").containsExactly("PENDING:0");

    AdapterProcess restarted = startAdapter("restarted", inbox, Map.of()).awaitReady(START_TIMEOUT);
    await("the submission acknowledged")
        .atMost(Duration.ofSeconds(40))
        .until(() -> submissions().stream().allMatch(s -> s.startsWith("COMPLETED:")));

    assertThat(submissions()).as("submissions as state:attempts").containsExactly("COMPLETED:1");

    NationalLedger ledger = national.ledger();
    String key = ledger.postKeys().get(0);
    assertThat(ledger.postKeys()).as("every POST's key").hasSizeGreaterThan(1).containsOnly(key);
    assertThat(ledger.processedByKey()).isEqualTo(Map.of(key, 1));
    assertThat(ledger.replayedByKey()).isEqualTo(Map.of(key, ledger.postKeys().size() - 1));
    assertThat(ledger.refusedByKey()).isEmpty();
    assertThat(ledger.rejected()).isEmpty();
    assertThat(ledger.acceptedCounts())
        .hasSize(SampleReport.MAPPED_ITEMS)
        .containsOnlyKeys(sentItems());
    assertThat(ledger.acceptedCounts().values()).containsOnly(1);
    assertThat(itemStates()).containsExactly("ACCEPTED:" + SampleReport.MAPPED_ITEMS);
    assertThat(restarted.countLines("(replayed answer)")).isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM sync_run").query(Long.class).single())
        .as("runs: the file left in the inbox by the killed adapter is not read twice")
        .isEqualTo(1);
    System.out.println("Crash test, national side: " + ledger.summary());
  }

  /** Each submission as state:attempts. */
  private static List<String> submissions() {
    return jdbc.sql("SELECT state || ':' || attempts FROM submission ORDER BY id")
        .query(String.class)
        .list();
  }

  private static List<String> itemStates() {
    return jdbc.sql(
            "SELECT state || ':' || count(*) FROM submission_item"
                + " WHERE state <> 'ACCEPTED' OR receipt_no IS NOT NULL GROUP BY state ORDER BY state")
        .query(String.class)
        .list();
  }

  private static List<NationalLedger.TaskRevision> sentItems() {
    return jdbc.sql("SELECT task_code, revision FROM submission_item")
        .query((rs, n) -> new NationalLedger.TaskRevision(rs.getString(1), rs.getInt(2)))
        .list();
  }
}

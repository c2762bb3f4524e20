package vn.nq57.sync.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, backup and restore of the embedded database exactly as docs/database.md tells an
 * operator: {@code pg_dump} of the running adapter's database (one submission acknowledged, one
 * pending during an outage of the national side), the disk lost, the adapter started once on an
 * empty folder, {@code pg_restore} into it, the adapter restarted. The pending submission is
 * delivered once; the acknowledged one is never sent again. Needs the PostgreSQL 15 client tools
 * ({@code apt-get install postgresql-client-15}; .ci/run installs them if missing).
 */
class BackupRestoreTest extends AdapterProcessTestSupport {

  @Test
  void restoredDatabaseDeliversWhatWasPendingOnceAndNeverResendsWhatWasAcknowledged()
      throws Exception {
    Path lostDisk = workDirectory.resolve("postgres-lost");
    AdapterProcess original =
        startAdapter("original", inbox("inbox-lost"), withJsonLogs(embeddedOn(lostDisk, 0)))
            .awaitReady(START_TIMEOUT);
    JdbcClient before = AdapterDatabase.of(original, lostDisk);
    drop(inbox("inbox-lost"), "bao-cao-phu-luc-I.csv", SampleReport.sample());
    await("the sample acknowledged")
        .atMost(Duration.ofSeconds(40))
        .until(() -> states(before).equals(List.of("1 COMPLETED")));
    assertThat(logLine(original, "Run 1 read bao-cao-phu-luc-I.csv"))
        .as("a JSON log line (logging.structured.format) with the run id in its context")
        .startsWith("{")
        .contains("\"runId\":\"1\"");
    assertThat(logLine(original, "Submission 1 sent as national"))
        .startsWith("{")
        .contains("\"submissionId\":\"1\"");
    StubMapping outage =
        wireMock.stubFor(
            post(urlEqualTo("/api/v1/task-reports"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));
    drop(inbox("inbox-lost"), "thay-doi.csv", SampleReport.variant("thay-doi", changedLines()));
    await("the change pending while the national side is down")
        .atMost(Duration.ofSeconds(40))
        .until(() -> states(before).equals(List.of("1 COMPLETED", "2 PENDING retrying")));

    Path dump = workDirectory.resolve("nq57.dump");
    run(
        lostDisk,
        "pg_dump",
        "-h",
        "127.0.0.1",
        "-p",
        port(original),
        "-U",
        "nq57",
        "-d",
        "postgres",
        "-Fc",
        "-f",
        dump.toString());
    original.stop();
    wireMock.removeStub(outage);

    Path newDisk = workDirectory.resolve("postgres-new");
    int fixedPort = freePort();
    Map<String, String> onNewDisk = embeddedOn(newDisk, fixedPort);
    AdapterProcess empty =
        startAdapter("empty", inbox("inbox-new"), onNewDisk).awaitReady(START_TIMEOUT);
    run(
        newDisk,
        "pg_restore",
        "-h",
        "127.0.0.1",
        "-p",
        Integer.toString(fixedPort),
        "-U",
        "nq57",
        "-d",
        "postgres",
        "--clean",
        "--if-exists",
        dump.toString());
    empty.stop();
    AdapterProcess restored =
        startAdapter("restored", inbox("inbox-new"), onNewDisk).awaitReady(START_TIMEOUT);
    JdbcClient after = AdapterDatabase.of(restored, newDisk);
    await("the pending submission acknowledged after the restore")
        .atMost(Duration.ofSeconds(40))
        .until(() -> states(after).equals(List.of("1 COMPLETED", "2 COMPLETED")));

    NationalLedger ledger = national.ledger();
    String acknowledged = key(after, 1);
    String pending = key(after, 2);
    assertThat(ledger.processedByKey()).isEqualTo(Map.of(acknowledged, 1, pending, 1));
    assertThat(ledger.postKeys())
        .as("the acknowledged submission was posted once, before the backup")
        .containsOnlyOnce(acknowledged);
    assertThat(ledger.acceptedCounts().values()).containsOnly(1);
    assertThat(ledger.acceptedCounts()).hasSize(SampleReport.MAPPED_ITEMS + CHANGED_ROWS);
    assertThat(
            after
                .sql("SELECT count(*) FROM submission_item WHERE state = 'ACCEPTED'")
                .query(Long.class)
                .single())
        .isEqualTo(SampleReport.MAPPED_ITEMS + CHANGED_ROWS);
    assertThat(restored.countLines("Submission 1 "))
        .as("submission 1 in the restored log")
        .isZero();
  }

  private static final int CHANGED_ROWS = 3;

  /** Three mapped rows of the sample whose difficulties cell can be changed. */
  private static List<Integer> changedLines() {
    List<Integer> lines = new ArrayList<>();
    for (int line = 2; lines.size() < CHANGED_ROWS && line < 60; line++) {
      if (SampleReport.changeable(line)) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static String logLine(AdapterProcess adapter, String text) {
    return adapter.logText().lines().filter(line -> line.contains(text)).findFirst().orElse("");
  }

  private static Map<String, String> withJsonLogs(Map<String, String> settings) {
    Map<String, String> all = new java.util.HashMap<>(settings);
    all.put("logging.structured.format.console", "ecs");
    return all;
  }

  private static Map<String, String> embeddedOn(Path data, int port) {
    return Map.of(
        "spring.datasource.url",
        "",
        "nq57.embedded-database.data-directory",
        data.toString(),
        "nq57.embedded-database.port",
        Integer.toString(port),
        "nq57.embedded-database.durable",
        "false");
  }

  /**
   * Submissions as "id state", "retrying" added to a pending one already posted in vain (a 503 is a
   * wait, not an attempt, but it leaves its reason and a WAITED line in the history).
   */
  private static List<String> states(JdbcClient db) {
    return db.sql(
            "SELECT id || ' ' || state || CASE WHEN state = 'PENDING' AND (attempts > 0 OR"
                + " EXISTS (SELECT FROM submission_attempt a WHERE a.submission_id = submission.id))"
                + " THEN ' retrying' ELSE '' END FROM submission ORDER BY id")
        .query(String.class)
        .list();
  }

  private static String key(JdbcClient db, long submission) {
    return db.sql("SELECT idempotency_key FROM submission WHERE id = :id")
        .param("id", submission)
        .query(String.class)
        .single();
  }

  private static String port(AdapterProcess adapter) {
    return Integer.toString(AdapterDatabase.port(adapter));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Runs a PostgreSQL client tool with the password of the folder's application role. */
  private static void run(Path data, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", AdapterDatabase.applicationPassword(data));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
    assertThat(process.exitValue()).as(command[0] + " said: " + output).isZero();
    assertThat(Files.exists(data)).isTrue();
  }
}

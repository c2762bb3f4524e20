package vn.nq57.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.nq57.sync.submission.DeliveryControl;
import vn.nq57.sync.submission.Outbox;
import vn.nq57.sync.support.DatabaseCleaner;
import vn.nq57.sync.support.MutableClock;
import vn.nq57.sync.support.NationalApiStub;
import vn.nq57.sync.support.TestClockConfiguration;

/**
 * The intake hot path writes in batches: a file of N rows is stored, mapped and queued with a
 * number of statements and transactions far below N. A DAY run maps only what may have changed, and
 * still sends a task again when its content changed, when its due day has passed (it turns
 * OVERDUE), and when the national side asked for a higher revision.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({StatementCounter.class, BatchedWritesTest.HandClock.class})
@TestPropertySource(properties = "nq57.sources.spreadsheet.mapping=" + BenchmarkTasks.MAPPING_ID)
class BatchedWritesTest {

  static final int ROWS = 1_000;
  static final Path WORK = BenchmarkTasks.temporaryFolder("nq57-batched-");
  static final MutableClock CLOCK = new MutableClock(TestClockConfiguration.START);

  @Autowired SyncRunService runs;
  @Autowired JdbcClient jdbc;
  @Autowired DeliveryControl delivery;
  @Autowired Outbox outbox;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Path inbox = Files.createDirectories(WORK.resolve("inbox"));
    Path mappings = BenchmarkTasks.mappingsFolder(WORK.resolve("mappings"), ROWS);
    registry.add("nq57.mappings.directory", mappings::toString);
    registry.add("nq57.sources.spreadsheet.inbox", inbox::toString);
    registry.add("nq57.national.base-url", NationalApiStub::baseUrl);
  }

  @BeforeEach
  void pauseDelivery() {
    delivery.pause("test", "only the outbox is looked at");
  }

  @AfterEach
  void cleanUp() {
    DatabaseCleaner.clean(jdbc);
    delivery.resume("test", "done");
  }

  @Test
  void storesMapsAndQueuesAFileWithFarFewerStatementsAndTransactionsThanRows() throws IOException {
    Path file = csv("tasks.csv", 1, Map.of());

    StatementCounter.COUNTER.start();
    long run = runs.fileDrop("spreadsheet-inbox", file).orElseThrow();

    assertThat(queued(run)).isEqualTo(ROWS);
    assertThat(StatementCounter.COUNTER.statements()).isBetween(1, ROWS / 10);
    assertThat(StatementCounter.COUNTER.transactions()).isBetween(1, ROWS / 20);
  }

  @Test
  void aDailyRunSendsWhatChangedAndWhatTurnedOverdueOrWasAskedForAgain() throws IOException {
    // Task 7 is due today; tomorrow it is OVERDUE without a change in the source.
    runs.fileDrop("spreadsheet-inbox", csv("first.csv", 1, Map.of(7, "25/08/2025")));
    assertThat(queued(daily())).isZero();

    runs.fileDrop("spreadsheet-inbox", csv("second.csv", 2, Map.of(7, "25/08/2025")));
    assertThat(queuedRefs(lastRun())).hasSize(ROWS / 100);

    CLOCK.advance(Duration.ofDays(1));
    long overdue = daily();
    assertThat(queuedRefs(overdue)).singleElement().isEqualTo(localRef(7));
    assertThat(status(overdue)).isEqualTo("OVERDUE");

    outbox.resendWithHigherRevision(localRef(3));
    long again = daily();
    assertThat(queuedRefs(again)).containsExactly(localRef(3));
    assertThat(
            jdbc.sql("SELECT max(revision) FROM submission_item WHERE local_ref = :ref")
                .param("ref", localRef(3))
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    assertThat(queued(daily())).isZero();
  }

  private long daily() {
    return runs.periodic(PeriodType.DAY, TriggerKind.MANUAL);
  }

  private long lastRun() {
    return jdbc.sql("SELECT max(id) FROM sync_run").query(Long.class).single();
  }

  private int queued(long run) {
    return queuedRefs(run).size();
  }

  private List<String> queuedRefs(long run) {
    return jdbc.sql(
            "SELECT i.local_ref FROM submission_item i JOIN submission s ON s.id = i.submission_id"
                + " WHERE s.run_id = :run ORDER BY i.local_ref")
        .param("run", run)
        .query(String.class)
        .list();
  }

  private String status(long run) {
    return jdbc.sql("SELECT body FROM submission WHERE run_id = :run")
        .param("run", run)
        .query(String.class)
        .single()
        .replaceAll("(?s).*\"status\"\\s*:\\s*\"([A-Z_]+)\".*", "$1");
  }

  private String localRef(int task) {
    return jdbc.sql("SELECT record_key FROM source_record WHERE location LIKE :row")
        .param("row", "% row " + (task + 1))
        .query(String.class)
        .single();
  }

  /** The benchmark tasks 1..ROWS of a generation, some with another due date. */
  private static Path csv(String name, int gen, Map<Integer, String> dueOn) throws IOException {
    Path file = WORK.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", BenchmarkTasks.COLUMNS) + "\n");
      for (int i = 1; i <= ROWS; i++) {
        Map<String, String> fields = new LinkedHashMap<>(BenchmarkTasks.fields(i, gen));
        fields.put("han", dueOn.getOrDefault(i, fields.get("han")));
        out.write(String.join(",", fields.values()) + "\n");
      }
    }
    return file;
  }

  /** The clock of this test, moved by hand. */
  @TestConfiguration(proxyBeanMethods = false)
  static class HandClock {
    @Bean
    @Primary
    Clock handClock() {
      return CLOCK;
    }
  }
}

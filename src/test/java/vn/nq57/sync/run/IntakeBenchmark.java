package vn.nq57.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.nq57.sync.submission.DeliveryControl;
import vn.nq57.sync.support.DatabaseCleaner;
import vn.nq57.sync.support.TestClockConfiguration;

/**
 * Intake (pull, key, store, map, queue) of 10,000, 50,000 and 100,000 tasks from each kind of
 * source (CSV, XLSX, REST, SQL) on the embedded PostgreSQL, then a DAY run with 1 % of the tasks
 * changed, then end to end (a CSV dropped into the inbox until its last acknowledgement) beside a
 * bare HTTP client posting the same submissions to the same national stub. Prints rows/s, peak heap
 * and peak RSS per phase. Not part of the build; the command and figures are in docs/benchmarks.md.
 * {@code -Dbenchmark.sizes=1000,5000} for a quick run; {@code -Dbenchmark.kinds=CSV,SQL} for some
 * kinds only; {@code -Dbenchmark.e2e-tasks=0} leaves out the end-to-end figure.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestPropertySource(
    properties = {
      "nq57.sources.spreadsheet.mapping=" + BenchmarkTasks.MAPPING_ID,
      "nq57.sources.spreadsheet.max-rows=1000000",
      "nq57.sources.instances.tracker.kind=rest",
      "nq57.sources.instances.tracker.mapping=" + BenchmarkTasks.MAPPING_ID,
      "nq57.sources.instances.tracker.rest.path=/tasks",
      "nq57.sources.instances.tracker.rest.records-pointer=/data",
      "nq57.sources.instances.tracker.rest.id-field=ma",
      "nq57.sources.instances.tracker.rest.updated-since-param=since",
      "nq57.sources.instances.tracker.rest.updated-field=cap_nhat",
      "nq57.sources.instances.tracker.rest.page-size=1000",
      "nq57.sources.instances.province.kind=sql",
      "nq57.sources.instances.province.mapping=" + BenchmarkTasks.MAPPING_ID,
      "nq57.sources.instances.province.sql.username=postgres",
      "nq57.sources.instances.province.sql.password=postgres",
      "nq57.sources.instances.province.sql.query=" + BenchmarkProvinceDatabase.QUERY,
      "nq57.sources.instances.province.sql.watermark-column=cap_nhat",
      "nq57.sources.instances.province.sql.id-column=ma",
      "nq57.sources.instances.province.sql.page-size=1000",
      "logging.level.vn.nq57.sync.run=WARN"
    })
class IntakeBenchmark {

  static final List<Integer> SIZES =
      Arrays.stream(System.getProperty("benchmark.sizes", "10000,50000,100000").split(","))
          .map(String::strip)
          .map(Integer::valueOf)
          .toList();
  static final int LARGEST = SIZES.stream().max(Integer::compare).orElseThrow();
  static final List<String> KINDS =
      Arrays.stream(System.getProperty("benchmark.kinds", "CSV,XLSX,REST,SQL").split(","))
          .map(String::strip)
          .filter(kind -> !kind.isEmpty())
          .toList();
  static final int E2E_TASKS = Integer.getInteger("benchmark.e2e-tasks", 20_000);
  static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 2_000);
  static final String SPREADSHEET = "spreadsheet-inbox";

  static final Path WORK = BenchmarkTasks.temporaryFolder("nq57-intake-bench-");
  static final BenchmarkTracker TRACKER = BenchmarkTracker.start();
  static final BenchmarkProvinceDatabase PROVINCE = BenchmarkProvinceDatabase.start();
  static final BenchmarkNational NATIONAL = BenchmarkNational.start();

  @Autowired SyncRunService runs;
  @Autowired JdbcClient jdbc;
  @Autowired DeliveryControl delivery;
  @Autowired MeterRegistry meters;

  private final List<String> report = new ArrayList<>();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    Path inbox = Files.createDirectories(WORK.resolve("inbox"));
    Path mappings =
        BenchmarkTasks.mappingsFolder(WORK.resolve("mappings"), Math.max(LARGEST, E2E_TASKS));
    registry.add("nq57.mappings.directory", mappings::toString);
    registry.add("nq57.sources.spreadsheet.inbox", inbox::toString);
    registry.add("nq57.sources.instances.tracker.rest.base-url", TRACKER::baseUrl);
    registry.add("nq57.sources.instances.province.sql.url", PROVINCE::url);
    registry.add("nq57.national.base-url", NATIONAL::baseUrl);
  }

  @AfterAll
  static void stopFixtures() {
    TRACKER.stop();
    PROVINCE.stop();
    NATIONAL.stop();
  }

  @Test
  void measuresIntakeDailyChangesAndEndToEnd() throws Exception {
    delivery.pause("benchmark", "intake is measured alone");
    try (BenchmarkMemory memory = new BenchmarkMemory()) {
      line(
          "== IntakeBenchmark: max heap %d MB, %d processors, load %s",
          memory.maxHeapMb(), Runtime.getRuntime().availableProcessors(), load());
      // Not counted: the JIT compiles the hot path and the benchmark's large mapping is parsed
      // once, so the first size measured is not charged for what every later one reuses.
      for (String kind : KINDS) {
        measure(memory, kind, WARM_UP, 1, true);
      }
      report.clear();
      line(
          "== IntakeBenchmark after a warm-up of %,d tasks of each kind: max heap %d MB,"
              + " %d processors, load %s",
          WARM_UP, memory.maxHeapMb(), Runtime.getRuntime().availableProcessors(), load());
      for (String kind : KINDS) {
        Phase full = null;
        for (int tasks : SIZES) {
          full = measure(memory, kind, tasks, 1, true);
          assertThat(full.queued()).as("%s %d queued", kind, tasks).isEqualTo(tasks);
        }
        Phase daily = measure(memory, kind, LARGEST, 2, false);
        assertThat(daily.queued()).as("%s daily queued", kind).isEqualTo(LARGEST / 100);
        line(
            "%s DAY 1 %% changed: %.2f s = %.1f %% of the full intake of %,d tasks; its map and"
                + " queue step %.2f s = %.1f %%",
            kind,
            daily.seconds(),
            100 * daily.seconds() / full.seconds(),
            LARGEST,
            daily.mapSeconds(),
            100 * daily.mapSeconds() / full.seconds());
      }
      if (E2E_TASKS > 0) {
        endToEnd(memory);
      }
    }
    System.out.println(String.join(System.lineSeparator(), report));
  }

  /** One run of a kind: a fresh store (when {@code fresh}) and the tasks of a generation. */
  private Phase measure(BenchmarkMemory memory, String kind, int tasks, int gen, boolean fresh)
      throws Exception {
    if (fresh) {
      clean();
    }
    Path file =
        switch (kind) {
          case "CSV" -> BenchmarkTasks.csv(WORK.resolve(tasks + "-" + gen + ".csv"), tasks, gen);
          case "XLSX" -> BenchmarkTasks.xlsx(WORK.resolve(tasks + "-" + gen + ".xlsx"), tasks, gen);
          default -> null;
        };
    TRACKER.serve(kind.equals("REST") ? tasks : 0, gen);
    PROVINCE.serve(kind.equals("SQL") ? tasks : 0, gen);
    memory.reset();
    double mapBefore = mapSeconds();
    long start = System.nanoTime();
    long runId =
        file != null
            ? runs.fileDrop(SPREADSHEET, file).orElseThrow()
            : runs.periodic(PeriodType.DAY, TriggerKind.MANUAL);
    double seconds = (System.nanoTime() - start) / 1e9;
    Phase phase = phase(runId, seconds, mapSeconds() - mapBefore);
    line(
        "%-4s gen %d %,8d tasks: %6.2f s (map and queue %5.2f s), %,7.0f rows/s; pulled %,d,"
            + " mapped %,d, unchanged %,d, parked %,d, queued %,d; peak heap %d MB, peak RSS %d MB",
        kind,
        gen,
        tasks,
        seconds,
        phase.mapSeconds(),
        tasks / seconds,
        phase.pulled(),
        phase.mapped(),
        phase.unchanged(),
        phase.parked(),
        phase.queued(),
        memory.peakHeapMb(),
        BenchmarkMemory.peakRssMb());
    if (file != null) {
      Files.delete(file);
    }
    return phase;
  }

  private void endToEnd(BenchmarkMemory memory) throws Exception {
    clean();
    TRACKER.serve(0, 1);
    PROVINCE.serve(0, 1);
    Path staged = BenchmarkTasks.csv(WORK.resolve("e2e.csv.tmp"), E2E_TASKS, 1);
    delivery.resume("benchmark", "end to end");
    memory.reset();
    long start = System.nanoTime();
    Files.move(staged, WORK.resolve("inbox/e2e.csv"), StandardCopyOption.ATOMIC_MOVE);
    int submissions = (E2E_TASKS + 99) / 100;
    Duration limit = Duration.ofMinutes(10);
    while (completed() < submissions) {
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
      BenchmarkNational.sleep(20);
    }
    double adapter = (System.nanoTime() - start) / 1e9;
    List<String> bodies =
        jdbc.sql("SELECT body FROM submission ORDER BY id").query(String.class).list();
    double bare = new BenchmarkBareClient(NATIONAL.baseUrl()).deliver(bodies).toMillis() / 1000.0;
    line(
        "END TO END %,d tasks (%d submissions, national service time %d ms per post, ack %d ms"
            + " after it): adapter drop to last ack %.2f s, bare client %.2f s, ratio %.2f;"
            + " peak heap %d MB, peak RSS %d MB",
        E2E_TASKS,
        submissions,
        BenchmarkNational.LATENCY_MS,
        BenchmarkNational.PROCESSING.toMillis(),
        adapter,
        bare,
        adapter / bare,
        memory.peakHeapMb(),
        BenchmarkMemory.peakRssMb());
  }

  private int completed() {
    return jdbc.sql("SELECT count(*) FROM submission WHERE state = 'COMPLETED'")
        .query(Integer.class)
        .single();
  }

  /** The time runs spent in their map and queue step so far ({@code nq57.run.step}). */
  private double mapSeconds() {
    Timer timer = meters.find(RunMetrics.STEP).tag("step", "map").timer();
    return timer == null ? 0 : timer.totalTime(TimeUnit.SECONDS);
  }

  private Phase phase(long runId, double seconds, double mapSeconds) {
    Map<String, Object> run =
        jdbc.sql(
                "SELECT state, pulled, mapped, unchanged, parked, error FROM sync_run"
                    + " WHERE id = :id")
            .param("id", runId)
            .query()
            .singleRow();
    assertThat(run.get("state"))
        .as("run %d: %s", runId, run.get("error"))
        .isIn("QUEUED", "COMPLETED");
    int queued =
        jdbc.sql(
                "SELECT count(*) FROM submission_item i JOIN submission s"
                    + " ON s.id = i.submission_id WHERE s.run_id = :id")
            .param("id", runId)
            .query(Integer.class)
            .single();
    return new Phase(
        seconds,
        mapSeconds,
        ((Number) run.get("pulled")).intValue(),
        ((Number) run.get("mapped")).intValue(),
        ((Number) run.get("unchanged")).intValue(),
        ((Number) run.get("parked")).intValue(),
        queued);
  }

  private void clean() {
    DatabaseCleaner.clean(jdbc);
    jdbc.sql("TRUNCATE source_watermark").update();
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.add(text);
    System.out.println(text);
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (Exception e) {
      return "unknown";
    }
  }

  record Phase(
      double seconds,
      double mapSeconds,
      int pulled,
      int mapped,
      int unchanged,
      int parked,
      int queued) {}
}

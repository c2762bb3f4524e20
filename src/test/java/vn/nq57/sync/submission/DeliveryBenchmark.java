package vn.nq57.sync.submission;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.nq57.sync.support.ContractProblems.problem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.nq57.sync.Application;
import vn.nq57.sync.support.DatabaseCleaner;
import vn.nq57.sync.support.TestClockConfiguration;

/**
 * A full WEEK update of N tasks (default 10,000; {@code -Dbenchmark.tasks=1000} for a quick run)
 * and then a DAY report with 1 % of them changed, delivered by the whole application with the
 * production delivery intervals to a national API that allows 60 requests per minute per client
 * (429 with Retry-After past it) and acknowledges a submission about 1 s after its post. Prints
 * elapsed time against the floor (one token, one post and one poll per submission, at 60 per
 * minute), requests by kind and 429s. Not part of the build: {@code ./mvnw -B test
 * -Dgroups=benchmark -Dtest=DeliveryBenchmark} (docs/benchmarks.md).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestPropertySource(
    properties = {
      DeliveryBenchmark.LIMIT,
      // The production intervals (application.yaml), not the test profile's fast ones.
      DeliveryBenchmark.PUSH,
      DeliveryBenchmark.POLL,
      DeliveryBenchmark.BACKOFF,
      DeliveryBenchmark.MAX_BACKOFF,
      DeliveryBenchmark.MAX_POLL,
      DeliveryBenchmark.DEADLINE,
      DeliveryBenchmark.READ_TIMEOUT,
      DeliveryBenchmark.RESPONSE_TIMEOUT
    })
class DeliveryBenchmark {

  static final String LIMIT = "nq57.national.max-requests-per-minute=60";
  static final String PUSH = "nq57.delivery.push-interval=5s";
  static final String POLL = "nq57.delivery.poll-interval=2s";
  static final String BACKOFF = "nq57.delivery.initial-backoff=10s";
  static final String MAX_BACKOFF = "nq57.delivery.max-backoff=15m";
  static final String MAX_POLL = "nq57.delivery.max-poll-interval=5m";
  static final String DEADLINE = "nq57.national.call-deadline=60s";
  // Production sets no read timeout of its own (the call deadline bounds a call), not the test
  // profile's 1.5 s.
  static final String READ_TIMEOUT = "camel.component.http.so-timeout=60000";
  static final String RESPONSE_TIMEOUT = "camel.component.http.response-timeout=60000";

  /**
   * {@code -Dbenchmark.instances=2} starts a second application on the same database (in this JVM,
   * with the same clock): both push and poll, sharing one rate budget.
   */
  static final int INSTANCES = Integer.getInteger("benchmark.instances", 1);

  /** The first instance's embedded database lives here, so the second can read its password. */
  static final Path DATA = temporaryFolder("nq57-bench-data-");

  static final int TASKS = Integer.getInteger("benchmark.tasks", 10_000);
  static final int LIMIT_PER_MINUTE = 60;

  /** {@code -Dbenchmark.timeline=true} prints every request the stub receives. */
  static final boolean TIMELINE = Boolean.getBoolean("benchmark.timeline");

  static final OffsetDateTime NOW = OffsetDateTime.parse("2025-08-25T09:00:00+07:00");
  static final RateLimitedNational NATIONAL = new RateLimitedNational(LIMIT_PER_MINUTE);
  static final WireMockServer SERVER = start();

  @Autowired JdbcClient jdbc;
  @Autowired Outbox outbox;
  @Autowired DeliveryControl delivery;
  @Autowired DataSource dataSource;
  @Autowired Clock clock;

  private ConfigurableApplicationContext second;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    String inbox = temporaryFolder("nq57-bench-inbox-").toString();
    registry.add("nq57.national.base-url", SERVER::baseUrl);
    registry.add("nq57.sources.spreadsheet.inbox", () -> inbox);
    registry.add("nq57.embedded-database.data-directory", DATA::toString);
  }

  @BeforeEach
  void startSecondInstance() throws Exception {
    if (INSTANCES < 2) {
      return;
    }
    String url;
    try (Connection connection = dataSource.getConnection()) {
      url = connection.getMetaData().getURL();
    }
    // The second instance keeps this one's clock (the test clock starts when it is made).
    second =
        new SpringApplicationBuilder(Application.class)
            .initializers(
                context ->
                    ((GenericApplicationContext) context)
                        .registerBean(
                            "sameClock", Clock.class, () -> clock, bean -> bean.setPrimary(true)))
            .profiles("test")
            .properties(
                LIMIT,
                PUSH,
                POLL,
                BACKOFF,
                MAX_BACKOFF,
                MAX_POLL,
                DEADLINE,
                READ_TIMEOUT,
                RESPONSE_TIMEOUT,
                "server.port=0",
                "nq57.national.base-url=" + SERVER.baseUrl(),
                "nq57.sources.spreadsheet.inbox=" + temporaryFolder("nq57-bench-inbox-"),
                "spring.datasource.url=" + url,
                "spring.datasource.username=nq57",
                "spring.datasource.password=" + applicationPassword())
            .run();
  }

  @AfterEach
  void cleanUp() {
    if (second != null) {
      second.close();
    }
    DatabaseCleaner.clean(jdbc);
  }

  private static String applicationPassword() throws IOException {
    Properties credentials = new Properties();
    try (Reader in = Files.newBufferedReader(DATA.resolve("nq57-credentials.properties"))) {
      credentials.load(in);
    }
    return credentials.getProperty("application.password");
  }

  private static Path temporaryFolder(String prefix) {
    try {
      Path folder = Files.createTempDirectory(prefix);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(folder.toFile())));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void deliversAFullWeeklyUpdateAndADailyOnePercentAgainstTheRateLimit() {
    List<Long> records = SyntheticOutbox.sourceRecords(jdbc, "benchmark", TASKS);

    Phase full = deliver("WEEK", "2025-W35", records, 0, false);
    full.print("WEEK full update", null);

    // Every 100th task changed: 1 % of N, spread over all of them.
    Phase daily = deliver("DAY", "2025-08-25", records, 100, true);
    daily.print("DAY 1 % changed", full);

    assertThat(full.submissions()).isEqualTo((TASKS + 99) / 100);
    assertThat(daily.submissions()).isEqualTo((TASKS / 100 + 99) / 100);
  }

  private Phase deliver(
      String period, String periodId, List<Long> records, int changeEvery, boolean onlyChanged) {
    delivery.pause("benchmark", "write the outbox first");
    long runId = SyntheticOutbox.run(jdbc, period);
    OutboxWriter writer = outbox.writer(runId, period, periodId, onlyChanged);
    for (int i = 0; i < records.size(); i++) {
      boolean changed = changeEvery > 0 && i % changeEvery == 0;
      writer.add(new OutboundItem(records.get(i), SyntheticOutbox.report(i, changed), NOW, null));
    }
    OutboxWriter.Counts counts = writer.finish();
    NATIONAL.resetCounts();
    long start = System.nanoTime();
    delivery.resume("benchmark", "go");
    Duration limit = Duration.ofSeconds(counts.submissions() * 4L + 120);
    while (open(runId) > 0) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      assertThat(elapsed).as("every submission COMPLETED within %s", limit).isLessThan(limit);
      assertThat(failed(runId)).as("FAILED submissions").isZero();
      sleep(100);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Phase(counts.queued(), counts.submissions(), elapsed, NATIONAL.snapshot());
  }

  record Phase(int items, int submissions, Duration elapsed, Map<String, Integer> requests) {

    /** One token, one post and one poll per submission, at the limit. */
    Duration floor() {
      long minimum = 1 + 2L * submissions;
      return Duration.ofMillis(minimum * 60_000 / LIMIT_PER_MINUTE);
    }

    void print(String title, Phase full) {
      double ratio = elapsed.toMillis() / (double) floor().toMillis();
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "%n== DeliveryBenchmark: %s, N = %,d tasks, limit %d/min, %d instance(s)%n"
                  + "items %,d, submissions %d%n"
                  + "elapsed %.1f s, floor %.1f s (%d requests), elapsed/floor %.2f%n"
                  + "requests: token %d, post %d, poll %d, other %d; 429s: %d (token %d, post %d,"
                  + " poll %d)%n",
              title,
              TASKS,
              LIMIT_PER_MINUTE,
              INSTANCES,
              items,
              submissions,
              elapsed.toMillis() / 1000.0,
              floor().toMillis() / 1000.0,
              1 + 2 * submissions,
              ratio,
              requests.get("token"),
              requests.get("post"),
              requests.get("poll"),
              requests.get("other"),
              requests.get("429"),
              requests.get("429.token"),
              requests.get("429.post"),
              requests.get("429.poll")));
      if (full != null) {
        out.append(
            String.format(
                Locale.ROOT,
                "elapsed vs the full update: %.1f %%%n",
                100.0 * elapsed.toMillis() / full.elapsed().toMillis()));
      }
      System.out.println(out);
    }
  }

  private int open(long runId) {
    return jdbc.sql("SELECT count(*) FROM submission WHERE run_id = :run AND state <> 'COMPLETED'")
        .param("run", runId)
        .query(Integer.class)
        .single();
  }

  private int failed(long runId) {
    return jdbc.sql("SELECT count(*) FROM submission WHERE run_id = :run AND state = 'FAILED'")
        .param("run", runId)
        .query(Integer.class)
        .single();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static WireMockServer start() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().extensions(NATIONAL));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(ok()));
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }

  /**
   * The national API by the contract, in real time: a token, 202 on a report, PROCESSING until 1 s
   * after the post and then COMPLETED with every posted item ACCEPTED. Every request counts against
   * a sliding one-minute window of the client; past the limit the answer is 429 with Retry-After
   * (refused requests are not counted in the window, as in the sandbox).
   */
  static final class RateLimitedNational implements ResponseDefinitionTransformerV2 {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration PROCESSING = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int limit;
    private final Deque<Instant> window = new ArrayDeque<>();
    private final Map<String, Posted> submissions = new HashMap<>();
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, AtomicInteger> counts = new HashMap<>();
    private int sequence;

    RateLimitedNational(int limit) {
      this.limit = limit;
      resetCounts();
    }

    record Posted(Instant at, JsonNode body) {}

    @Override
    public String getName() {
      return "rate-limited-national";
    }

    synchronized void resetCounts() {
      counts.clear();
      for (String kind :
          List.of("token", "post", "poll", "other", "429", "429.token", "429.post", "429.poll")) {
        counts.put(kind, new AtomicInteger());
      }
    }

    synchronized Map<String, Integer> snapshot() {
      Map<String, Integer> copy = new HashMap<>();
      counts.forEach((kind, count) -> copy.put(kind, count.get()));
      return copy;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
      Request request = serveEvent.getRequest();
      String path = request.getUrl();
      String kind =
          path.startsWith("/oauth2/token")
              ? "token"
              : path.startsWith("/api/v1/task-reports")
                  ? "post"
                  : path.startsWith("/api/v1/submissions/") ? "poll" : "other";
      counts.get(kind).incrementAndGet();
      Instant now = Instant.now();
      if (TIMELINE) {
        System.out.printf(Locale.ROOT, "DeliveryBenchmark: %s %s %s%n", now, kind, path);
      }
      while (!window.isEmpty() && !window.peekFirst().plus(WINDOW).isAfter(now)) {
        window.pollFirst();
      }
      if (window.size() >= limit) {
        counts.get("429").incrementAndGet();
        counts.computeIfAbsent("429." + kind, k -> new AtomicInteger()).incrementAndGet();
        long wait = Duration.between(now, window.peekFirst().plus(WINDOW)).toMillis();
        System.out.printf(
            Locale.ROOT,
            "DeliveryBenchmark: 429 at %s on %s %s, %d in the window since %s, Retry-After %d ms%n",
            now,
            kind,
            path,
            window.size(),
            window.peekFirst(),
            wait);
        return problem(429, "RATE_LIMITED")
            .withHeader("Retry-After", Long.toString(Math.max(1, (wait + 999) / 1000)))
            .build();
      }
      window.addLast(now);
      return switch (kind) {
        case "token" ->
            json(
                200, "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        case "post" -> post(request, now);
        case "poll" -> poll(path.substring("/api/v1/submissions/".length()), now);
        default -> problem(404, "NOT_FOUND").build();
      };
    }

    private ResponseDefinition post(Request request, Instant now) {
      String key = request.getHeader("Idempotency-Key");
      String id = byKey.get(key);
      if (id == null) {
        id = "S-2025-" + ++sequence;
        byKey.put(key, id);
        submissions.put(id, new Posted(now, JSON.readTree(request.getBodyAsString())));
      }
      Posted posted = submissions.get(id);
      ObjectNode answer = JSON.createObjectNode();
      answer.put("submissionId", id);
      answer.put("status", "RECEIVED");
      answer.put("receivedAt", posted.at().atOffset(NOW.getOffset()).toString());
      answer.put("itemCount", posted.body().path("items").size());
      return json(202, answer.toString());
    }

    private ResponseDefinition poll(String id, Instant now) {
      Posted posted = submissions.get(id);
      if (posted == null) {
        return problem(404, "SUBMISSION_NOT_FOUND").build();
      }
      ObjectNode answer = JSON.createObjectNode();
      answer.put("submissionId", id);
      if (now.isBefore(posted.at().plus(PROCESSING))) {
        answer.put("status", "PROCESSING");
        answer.putNull("completedAt");
        return json(200, answer.toString());
      }
      answer.put("status", "COMPLETED");
      answer.put("completedAt", posted.at().plus(PROCESSING).atOffset(NOW.getOffset()).toString());
      ArrayNode items = answer.putArray("items");
      int receipt = 0;
      for (JsonNode item : posted.body().path("items")) {
        ObjectNode result = items.addObject();
        result.set("taskCode", item.path("taskCode"));
        result.set("localRef", item.path("localRef"));
        result.set("revision", item.path("revision"));
        result.put("result", "ACCEPTED");
        result.put("receiptNo", id + "-" + ++receipt);
      }
      return json(200, answer.toString());
    }

    private static ResponseDefinition json(int status, String body) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(status)
          .withHeader("Content-Type", "application/json")
          .withBody(body)
          .build();
    }
  }
}

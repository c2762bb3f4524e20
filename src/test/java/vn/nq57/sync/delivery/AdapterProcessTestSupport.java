package vn.nq57.sync.delivery;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Runs the adapter as separate processes against one PostgreSQL and one national side, both in the
 * test JVM: a fresh embedded PostgreSQL and WireMock with {@link NationalSide} per test class, a
 * temporary folder for inboxes, and child logs under {@code <build dir>/delivery-logs/}. Children
 * are stopped after each test, even a failed one, and their log tails printed when it failed.
 */
abstract class AdapterProcessTestSupport {

  // Generous: a child JVM starts in ~7 s alone, but over a minute on a loaded 2-core machine.
  static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  /** A Quartz cron that never comes: the schedule does not fire on its own. */
  static final String NEVER = "0 0 0 1 1 ? 2099";

  static EmbeddedPostgres postgres;
  static WireMockServer wireMock;
  static NationalSide national;
  static JdbcClient jdbc;
  static Path workDirectory;

  private final List<AdapterProcess> adapters = new ArrayList<>();

  @RegisterExtension
  final AfterTestExecutionCallback printLogsOnFailure =
      context ->
          context
              .getExecutionException()
              .ifPresent(
                  failure -> {
                    System.out.println("National side: " + national.ledger().summary());
                    adapters.forEach(
                        a -> System.out.println("---- tail of " + a + "\n" + a.tail(60)));
                  });

  @BeforeAll
  static void startDatabaseAndNationalSide() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    national = new NationalSide();
    wireMock =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                // Never WireMock's default root: the project's top-level mappings/ is not stubs.
                .usingFilesUnderDirectory(
                    Path.of("src/test/resources/delivery/national").toString())
                .extensions(national));
    wireMock.start();
    workDirectory = Files.createTempDirectory("nq57-delivery-");
  }

  @AfterEach
  void stopAdapters() {
    adapters.forEach(AdapterProcess::stop);
    adapters.clear();
  }

  @AfterAll
  static void stopDatabaseAndNationalSide() throws IOException {
    if (wireMock != null) {
      wireMock.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
    if (workDirectory != null) {
      FileSystemUtils.deleteRecursively(workDirectory);
    }
  }

  /** Starts an adapter on the shared database and national side, with its own inbox. */
  AdapterProcess startAdapter(String name, Path inbox, Map<String, String> settings) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(
        "spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
    all.put("spring.datasource.username", "postgres");
    all.put("server.port", "0");
    all.put("nq57.national.base-url", wireMock.baseUrl());
    all.put("nq57.national.client-id", "delivery-client");
    all.put("nq57.national.client-secret", "delivery-secret");
    all.put("nq57.national.reporting-unit-code", "51");
    all.put("nq57.national.max-requests-per-minute", "100000");
    // Unused by these tests, but a production start refuses passwords under 12 characters.
    all.put("nq57.security.operator-password", "{noop}delivery-operator");
    all.put("nq57.security.admin-password", "{noop}delivery-admin-2");
    all.put("nq57.sources.spreadsheet.inbox", inbox.toString());
    all.put("nq57.sources.spreadsheet.poll-interval", "200ms");
    all.put("nq57.sources.spreadsheet.settle-time", "200ms");
    all.put("nq57.delivery.push-interval", "300ms");
    all.put("nq57.delivery.poll-interval", "200ms");
    all.put("nq57.delivery.initial-backoff", "200ms");
    all.put("nq57.delivery.max-backoff", "2s");
    all.put("nq57.delivery.max-poll-interval", "1s");
    all.putAll(schedules(NEVER, false));
    all.putAll(settings);
    List<String> arguments = new ArrayList<>();
    all.forEach((key, value) -> arguments.add("--" + key + "=" + value));
    Path log =
        buildDirectory()
            .resolve("delivery-logs")
            .resolve(getClass().getSimpleName() + "-" + name + ".log");
    AdapterProcess adapter = AdapterProcess.start(name, log, arguments);
    adapters.add(adapter);
    return adapter;
  }

  /** The daily schedule as given; the weekly one off (it resends open tasks on purpose). */
  static Map<String, String> schedules(String dailyCron, boolean dailyEnabled) {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("nq57.schedules.daily.cron", dailyCron);
    keys.put("nq57.schedules.daily.enabled", Boolean.toString(dailyEnabled));
    keys.put("nq57.schedules.weekly.cron", NEVER);
    keys.put("nq57.schedules.weekly.enabled", "false");
    return keys;
  }

  static Path inbox(String name) {
    try {
      return Files.createDirectories(workDirectory.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops a report the way a department does: written elsewhere, then moved into the inbox. */
  static void drop(Path inbox, String name, byte[] content) {
    try {
      Path staged = Files.createTempFile(workDirectory, "staged", ".tmp");
      Files.write(staged, content);
      Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path buildDirectory() {
    try {
      Path testClasses =
          Path.of(
              AdapterProcessTestSupport.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      return testClasses.getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

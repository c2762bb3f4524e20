package vn.nq57.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.submission.DeliveryControl;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * File intake is atomic and refuses what it must not read: a file that fails half-way or is over
 * its limit stores nothing, a file that changes while it is read is read again whole, links, empty
 * files and names the inbox does not read go to {@code .error/} with their reason, temporary names
 * are left alone, and a large file shows its progress on the run.
 */
class FileIntakeTest extends IntegrationTestSupport {

  private static final Path SMALL_INBOX = temporaryFolder("nq57-small-inbox-");
  private static final String HEADER = "TT,Tên nhiệm vụ,Thời hạn,Kết quả,Mô tả\n";

  @Autowired private TestRestTemplate rest;
  @Autowired private SyncRunService service;
  @Autowired private DeliveryControl delivery;

  @DynamicPropertySource
  static void smallInbox(DynamicPropertyRegistry registry) {
    String at = "nq57.sources.instances.small-inbox.";
    registry.add(at + "kind", () -> "spreadsheet");
    registry.add(at + "mapping", () -> "bao-cao-phu-luc-I");
    registry.add(at + "spreadsheet.inbox", SMALL_INBOX::toString);
    registry.add(at + "spreadsheet.poll-interval", () -> "200ms");
    registry.add(at + "spreadsheet.settle-time", () -> "200ms");
    registry.add(at + "spreadsheet.max-rows", () -> "600");
  }

  @Test
  void aFileThatFailsHalfWayStoresNoRecordAndNoParkedRow() throws Exception {
    // A row parked for its missing key and 1,200 rows (a batch written before the end), then
    // a quote that never ends on the last line.
    String csv = HEADER + "0,,31/12/2025,Đang thực hiện,không tên\n" + rows(1, 1_200);
    drop(write(csv + "1201,\"Nhiệm vụ dở dang,31/12/2025\n"), "do-dang.csv");

    JsonNode run = awaitFailedRun(inbox, "do-dang.csv");
    assertThat(run.path("error").asString()).contains("Could not read do-dang.csv");
    assertThat(run.path("pulled").asInt()).isZero();
    assertThat(count("source_record")).isZero();
    assertThat(count("parked_record")).isZero();
    assertThat(fileStates()).containsExactly("FAILED");
    assertThat(NationalApiStub.reportPosts()).isEmpty();
  }

  @Test
  void aFileOverItsInboxMaxRowsIsRefusedWithItsReasonAndStoresNothing() throws Exception {
    Path file = write(HEADER + rows(1, 601));
    Files.move(file, SMALL_INBOX.resolve("qua-lon.csv"));

    JsonNode run = awaitFailedRun(SMALL_INBOX, "qua-lon.csv");
    assertThat(run.path("error").asString())
        .contains("qua-lon.csv has more than 600 data rows")
        .contains("max-rows");
    assertThat(count("source_record")).isZero();
    assertThat(fileStates()).containsExactly("FAILED");
  }

  @Test
  void aSymbolicLinkToAReportOutsideTheInboxIsRefusedAndNeverRead() throws Exception {
    Path report = write(HEADER + rows(1, 3));
    Files.createSymbolicLink(inbox.resolve("lien-ket.csv"), report);

    JsonNode run = awaitFailedRun(inbox, "lien-ket.csv");
    assertThat(run.path("error").asString()).contains("lien-ket.csv is a symbolic link");
    Path moved = only(inbox.resolve(".error"), "lien-ket.csv");
    assertThat(Files.isSymbolicLink(moved)).as("the link itself is moved").isTrue();
    assertThat(Files.readString(report)).startsWith(HEADER);
    assertThat(count("source_record")).isZero();
    assertThat(jdbc.sql("SELECT content_sha256 FROM source_file").query(String.class).list())
        .containsExactly((String) null);
  }

  @Test
  void anEmptyFileGoesToTheErrorFolderWithItsReasonAndLeavesNoLockBehind() throws Exception {
    Files.createFile(inbox.resolve("trong.csv"));

    JsonNode run = awaitFailedRun(inbox, "trong.csv");
    assertThat(run.path("error").asString()).contains("trong.csv is empty");
    assertThat(names(inbox)).noneMatch(n -> n.startsWith("trong.csv"));
    assertThat(fileStates()).containsExactly("FAILED");
  }

  @Test
  void namesTheInboxDoesNotReadAreRefusedWhileTemporaryNamesAreLeftAlone() throws Exception {
    List<String> temporary = List.of("bao-cao.csv.tmp", "~$bao-cao.xlsx", ".bao-cao.csv");
    for (String name : temporary) {
      Files.writeString(inbox.resolve(name), HEADER + rows(1, 2));
    }
    Files.writeString(inbox.resolve("..csv"), HEADER + rows(1, 2));
    Files.writeString(inbox.resolve("bao-cao"), HEADER + rows(1, 2));
    try {
      awaitFailedRun(inbox, "..csv");
      awaitFailedRun(inbox, "bao-cao");
      assertThat(errors()).anyMatch(e -> e.contains("'..csv' has no name before its extension"));
      assertThat(errors()).anyMatch(e -> e.contains("'bao-cao' is not a name this inbox reads"));
      Thread.sleep(600); // several polls and settle times pass
      assertThat(names(inbox)).containsAll(temporary).noneMatch(n -> n.endsWith(".camelLock"));
      assertThat(count("source_record")).isZero();
    } finally {
      for (String name : temporary) {
        Files.delete(inbox.resolve(name));
      }
    }
  }

  @Test
  void aFileThatGrowsWhileItIsReadIsReadAgainWhole() throws Exception {
    Path file = write(HEADER + keylessRows(1, 6_000));
    delivery.pause("test", "nothing to send in this test");
    try {
      CompletableFuture<Optional<Long>> drop =
          CompletableFuture.supplyAsync(() -> service.fileDrop(file));
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> runningProgress().filter(p -> p > 0).isPresent());
      Files.writeString(file, keylessRows(6_001, 6_010), StandardOpenOption.APPEND);

      long runId = drop.get().orElseThrow();
      JsonNode run = operator().getForObject("/api/runs/" + runId, JsonNode.class);
      assertThat(run.path("pulled").asInt()).isEqualTo(6_010);
      assertThat(count("parked_record")).as("the first read was rolled back").isEqualTo(6_010);
      assertThat(jdbc.sql("SELECT rows_read FROM source_file").query(Integer.class).single())
          .isEqualTo(6_010);
    } finally {
      delivery.resume("test", "test over");
    }
  }

  @Test
  void aLargeFileShowsTheRowsReadOnItsRunWhileItIsRead() throws Exception {
    delivery.pause("test", "nothing to send in this test");
    try {
      drop(write(HEADER + keylessRows(1, 6_000)), "lon.csv");
      List<Integer> seen = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(20))
          .until(
              () -> {
                JsonNode runs = operator().getForObject("/api/runs", JsonNode.class);
                if (runs.isEmpty()) {
                  return false;
                }
                JsonNode run =
                    operator().getForObject("/api/runs/" + runs.path(0).path("id"), JsonNode.class);
                if (run.path("state").asString().equals("RUNNING")) {
                  seen.add(run.path("pulled").asInt());
                }
                return run.hasNonNull("finishedAt");
              });
      assertThat(seen).anyMatch(rows -> rows > 0 && rows < 6_000);
      assertThat(
              operator().getForObject("/api/runs", JsonNode.class).path(0).path("pulled").asInt())
          .isEqualTo(6_000);
    } finally {
      delivery.resume("test", "test over");
    }
  }

  private Optional<Integer> runningProgress() {
    return jdbc.sql("SELECT pulled FROM sync_run WHERE state = 'RUNNING'")
        .query(Integer.class)
        .optional();
  }

  private JsonNode awaitFailedRun(Path folder, String name) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> names(folder.resolve(".error")).stream().anyMatch(n -> n.endsWith("-" + name)));
    JsonNode runs = operator().getForObject("/api/runs", JsonNode.class);
    JsonNode run =
        StreamSupport.stream(runs.spliterator(), false)
            .filter(r -> r.path("source").asString().equals(name))
            .findFirst()
            .orElseThrow();
    assertThat(run.path("state").asString()).isEqualTo("FAILED");
    return run;
  }

  private List<String> errors() {
    return jdbc.sql("SELECT error FROM source_file WHERE state = 'FAILED'")
        .query(String.class)
        .list();
  }

  private List<String> fileStates() {
    return jdbc.sql("SELECT state FROM source_file ORDER BY id").query(String.class).list();
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }

  private static String rows(int from, int to) {
    StringBuilder rows = new StringBuilder();
    for (int i = from; i <= to; i++) {
      rows.append(i).append(",Nhiệm vụ thử số ").append(i);
      rows.append(",31/12/2025,Đang thực hiện,Mô tả ").append(i).append('\n');
    }
    return rows.toString();
  }

  /** Rows without a task name: parked at intake, so the run has nothing to map. */
  private static String keylessRows(int from, int to) {
    StringBuilder rows = new StringBuilder();
    for (int i = from; i <= to; i++) {
      rows.append(i).append(",,31/12/2025,Đang thực hiện,Mô tả ").append(i).append('\n');
    }
    return rows.toString();
  }

  private static Path write(String content) throws IOException {
    Path file = Files.createTempFile("nq57-report-", ".csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Path only(Path folder, String name) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith("-" + name))
          .findFirst()
          .orElseThrow();
    }
  }

  private static List<String> names(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.nq57.sync.run;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.mapping.KeyResult;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.mappingstore.MappingVersions;
import vn.nq57.sync.source.SourceRow;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * A spreadsheet source declared a full snapshot parks the tasks its latest file lacks as
 * MISSING_FROM_SOURCE (with where they were last read) and leaves them out of the weekly update
 * pushed to the national API; a REST source pulled from its watermark never loses a task that way.
 * Runs name the mapping versions they used.
 */
@TestPropertySource(
    properties = {
      "nq57.sources.spreadsheet.snapshot=full",
      "nq57.sources.instances.tracker.kind=rest",
      "nq57.sources.instances.tracker.mapping=tracker-rest-example",
      "nq57.sources.instances.tracker.rest.base-url=${nq57.national.base-url}/tracker",
      "nq57.sources.instances.tracker.rest.path=/nhiem-vu",
      "nq57.sources.instances.tracker.rest.records-pointer=/data",
      "nq57.sources.instances.tracker.rest.id-field=ma_nhiem_vu",
      "nq57.sources.instances.tracker.rest.updated-since-param=cap_nhat_tu",
      "nq57.sources.instances.tracker.rest.updated-field=cap_nhat_luc",
      "nq57.sources.instances.tracker.rest.auth.kind=none"
    })
class MissingFromSourceTest extends IntegrationTestSupport {

  private static final String MISSING = "MISSING_FROM_SOURCE";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private SyncRunService service;
  @Autowired private MappingVersions versions;
  @Autowired private TestRestTemplate rest;
  @TempDir private Path folder;
  private String trackerTasks = "";

  @Test
  void parksTasksTheLatestFullSnapshotLacksAndLeavesThemOutOfTheWeeklyUpdate() {
    tracker("");
    List<CSVRecord> rows = sampleRows();
    long first = service.fileDrop(write("bao-cao-thang-7.csv", rows)).orElseThrow();
    assertThat(parked(first, MISSING)).isEmpty();
    Set<String> weeklyBefore = weeklyLocalRefs();

    List<CSVRecord> gone =
        rows.stream().filter(r -> weeklyBefore.contains(key(r))).limit(2).toList();
    assertThat(gone).hasSize(2);
    Set<String> goneKeys = gone.stream().map(this::key).collect(Collectors.toSet());
    List<CSVRecord> kept = rows.stream().filter(r -> !gone.contains(r)).toList();
    long second = service.fileDrop(write("bao-cao-thang-8.csv", kept)).orElseThrow();

    List<JsonNode> missing = parked(second, MISSING);
    assertThat(missing)
        .extracting(p -> p.path("recordKey").asString())
        .containsExactlyInAnyOrderElementsOf(goneKeys);
    assertThat(missing)
        .allSatisfy(
            p -> {
              assertThat(p.path("location").asString()).startsWith("bao-cao-thang-7.csv row ");
              assertThat(p.path("reason").asString()).contains("snapshot: full", "2025-08-25");
            });
    assertThat(run(second).path("parked").asInt()).isEqualTo(run(first).path("parked").asInt() + 2);

    Set<String> weeklyAfter = weeklyLocalRefs();
    assertThat(weeklyAfter).doesNotContainAnyElementsOf(goneKeys);
    assertThat(weeklyAfter).containsExactlyInAnyOrderElementsOf(without(weeklyBefore, goneKeys));
    long weeklyRun = run(latestRunId()).path("id").asLong();
    assertThat(parked(weeklyRun, MISSING)).hasSize(2);
    assertThat(current(MISSING)).hasSize(2);

    List<CSVRecord> reordered = new ArrayList<>(rows);
    java.util.Collections.reverse(reordered);
    long third = service.fileDrop(write("bao-cao-thang-9.csv", reordered)).orElseThrow();
    assertThat(parked(third, MISSING)).isEmpty();
    assertThat(current(MISSING)).isEmpty();
    assertThat(weeklyLocalRefs()).containsExactlyInAnyOrderElementsOf(weeklyBefore);
  }

  @Test
  void neverTakesARecordAnIncrementalSourceDidNotSendAgainForMissing() {
    tracker(task(1, "Đang thực hiện") + "," + task(2, "Đang thực hiện"));
    post("DAY");
    tracker(task(1, "Chưa thực hiện"));
    Set<String> weekly = weeklyLocalRefs();
    assertThat(weekly).contains("TRK:8820a72a198fd880", "TRK:39ad3115bd5e42c5");
    assertThat(current(MISSING)).isEmpty();
    assertThat(
            jdbc.sql("SELECT count(*) FROM source_record WHERE missing_since IS NOT NULL")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aRunNamesTheMappingVersionsItUsed() {
    tracker("");
    long drop = service.fileDrop(write("bao-cao.csv", sampleRows())).orElseThrow();
    assertThat(versionsOf(run(drop)))
        .containsExactly(
            "TASK bao-cao-phu-luc-I 1", "CROSSWALK bao-cao-phu-luc-I.crosswalk.yaml 1");
    assertThat(versionsOf(post("DAY")))
        .containsExactlyInAnyOrder(
            "TASK bao-cao-phu-luc-I 1",
            "CROSSWALK bao-cao-phu-luc-I.crosswalk.yaml 1",
            "TASK tracker-rest-example 1",
            "CROSSWALK tracker-rest-example.crosswalk.yaml 1");
  }

  private static List<String> versionsOf(JsonNode run) {
    return run.path("mappingVersions")
        .valueStream()
        .map(
            v ->
                v.path("kind").asString()
                    + " "
                    + v.path("mappingId").asString()
                    + " "
                    + v.path("version").asInt())
        .toList();
  }

  /** Runs a WEEK report and answers the localRefs of the items it pushed to the national API. */
  private Set<String> weeklyLocalRefs() {
    NationalApiStub.reset();
    tracker(trackerTasks);
    post("WEEK");
    Predicate<LoggedRequest> weekly =
        p -> body(p).path("period").path("type").asString().equals("WEEK");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> NationalApiStub.reportPosts().stream().anyMatch(weekly));
    return NationalApiStub.reportPosts().stream()
        .filter(weekly)
        .flatMap(p -> body(p).path("items").valueStream())
        .map(i -> i.path("localRef").asString())
        .collect(Collectors.toSet());
  }

  private static JsonNode body(LoggedRequest post) {
    return JSON.readTree(post.getBodyAsString());
  }

  private String key(CSVRecord row) {
    TaskMapping mapping = versions.active("bao-cao-phu-luc-I").mapping();
    KeyResult key = mapping.keyOf(new SourceRow("spreadsheet-inbox", "x", fields(row)));
    return key instanceof KeyResult.Key k ? k.localRef() : "";
  }

  private static Map<String, String> fields(CSVRecord row) {
    return new LinkedHashMap<>(row.toMap());
  }

  private static Set<String> without(Set<String> all, Set<String> gone) {
    return all.stream().filter(k -> !gone.contains(k)).collect(Collectors.toSet());
  }

  private static List<CSVRecord> sampleRows() {
    try (Reader in = Files.newBufferedReader(sampleReport(), StandardCharsets.UTF_8)) {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      return CSVParser.parse(
              in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String name, List<CSVRecord> rows) {
    Path file = folder.resolve(name);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                    .builder()
                    .setHeader(rows.get(0).getParser().getHeaderNames().toArray(String[]::new))
                    .get())) {
      for (CSVRecord row : rows) {
        printer.printRecord(row.values());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private List<JsonNode> parked(long runId, String code) {
    return operator()
        .getForObject("/api/runs/" + runId + "/parked", JsonNode.class)
        .valueStream()
        .filter(p -> p.path("code").asString().equals(code))
        .toList();
  }

  private List<JsonNode> current(String code) {
    return operator()
        .getForObject("/api/parked", JsonNode.class)
        .valueStream()
        .filter(p -> p.path("code").asString().equals(code))
        .toList();
  }

  private JsonNode run(long id) {
    return operator().getForObject("/api/runs/" + id, JsonNode.class);
  }

  private long latestRunId() {
    return operator().getForObject("/api/runs", JsonNode.class).path(0).path("id").asLong();
  }

  private JsonNode post(String period) {
    return operator()
        .postForEntity("/api/runs", Map.of("period", period), JsonNode.class)
        .getBody();
  }

  /** What the tracker answers from now on, also after the national stub is reset. */
  private void tracker(String tasks) {
    trackerTasks = tasks;
    NationalApiStub.SERVER.stubFor(
        get(urlPathEqualTo("/tracker/nhiem-vu")).willReturn(okJson("{\"data\":[" + tasks + "]}")));
  }

  private static String task(int id, String status) {
    return "{\"ma_nhiem_vu\":\"NV-"
        + id
        + "\",\"trang_thai\":\""
        + status
        + "\",\"han_hoan_thanh\":\"31/12/2025\",\"ket_qua\":\"\",\"cap_nhat_luc\":\"2025-08-2"
        + id
        + "T10:00:00+07:00\"}";
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }
}

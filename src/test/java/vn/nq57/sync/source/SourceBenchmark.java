package vn.nq57.sync.source;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * Pulls 100,000 rows from each kind of source and prints rows/s and the peak heap. Not part of the
 * build: {@code mvn test -Dgroups=benchmark -Dtest=SourceBenchmark} (docs/sources.md).
 */
@Tag("benchmark")
class SourceBenchmark {

  static final int ROWS = 100_000;
  @TempDir Path temp;

  @Test
  void pullsOneHundredThousandRowsFromEachKind() throws Exception {
    List<List<String>> keys = List.of(List.of("Tên nhiệm vụ"));
    List<String> known = List.of("Tên nhiệm vụ", "Thời hạn", "Kết quả", "Mô tả");
    Path csv = temp.resolve("lon.csv");
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("BÁO CÁO\nTT,Tên nhiệm vụ,Thời hạn,Kết quả,Mô tả\n");
      for (int i = 1; i <= ROWS; i++) {
        out.write(i + ",Nhiệm vụ số " + i + ",31/12/2025,Đang thực hiện,Đã triển khai\n");
      }
    }
    measure("CSV", sink -> CsvSpreadsheetReader.read(csv, "b", keys, known, sink::accept));
    Path xlsx = XlsxFixtures.largeReport(temp.resolve("lon.xlsx"), ROWS);
    measure("XLSX", sink -> XlsxSpreadsheetReader.read(xlsx, "b", keys, known, sink::accept));

    var tracker = RestSourceTest.TRACKER;
    int pageSize = 1000;
    for (int p = 1; p <= ROWS / pageSize + 1; p++) {
      StringBuilder page = new StringBuilder("{\"data\":[");
      for (int i = 0; p <= ROWS / pageSize && i < pageSize; i++) {
        page.append(i == 0 ? "" : ",").append(RestSourceTest.record((p - 1) * pageSize + i));
      }
      tracker.stubFor(
          get(urlPathEqualTo("/api/nhiem-vu"))
              .withQueryParam("page", equalTo(String.valueOf(p)))
              .willReturn(okJson(page.append("]}").toString())));
    }
    RestSettings rest =
        new RestSettings(
            URI.create(tracker.baseUrl() + "/api"),
            "/nhiem-vu",
            "/data",
            "ma_nhiem_vu",
            "",
            "",
            "",
            new RestSettings.RestPaging(
                RestSettings.PagingStyle.PAGE, "page", "size", 1, "offset", "limit", "/next"),
            new RestSettings.RestAuth(
                RestSettings.AuthKind.NONE, "X", null, null, null, null, null, null, null),
            pageSize,
            1000,
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            3,
            Duration.ofMillis(100));
    ConfiguredSource restSource =
        new ConfiguredSource(
            "b", SourceKind.REST, "m", new SourceInstance(SourceKind.REST, "m", null, rest, null));
    measure("REST", sink -> new RestSource(new ObjectMapper()).pull(restSource, null, sink));

    try (EmbeddedPostgres db = EmbeddedPostgres.builder().start()) {
      JdbcClient.create(db.getPostgresDatabase())
          .sql(
              "CREATE TABLE nv AS SELECT g AS ma, 'Nhiệm vụ số ' || g AS ten, 'Đang thực hiện' AS tt,"
                  + " now() AS cap_nhat FROM generate_series(1, "
                  + ROWS
                  + ") g")
          .update();
      SqlSettings sql =
          new SqlSettings(
              db.getJdbcUrl("postgres", "postgres"),
              "postgres",
              "",
              "SELECT * FROM nv WHERE cap_nhat > :watermark",
              "cap_nhat",
              "ma",
              "1970-01-01T00:00:00Z",
              500,
              Duration.ofSeconds(5),
              Duration.ofMinutes(5),
              1,
              Duration.ofMillis(100));
      ConfiguredSource sqlSource =
          new ConfiguredSource(
              "b", SourceKind.SQL, "m", new SourceInstance(SourceKind.SQL, "m", null, null, sql));
      measure("SQL", sink -> new SqlSource().pull(sqlSource, null, sink));
    }
  }

  private static void measure(String kind, Consumer<RecordSink> pull) {
    System.gc();
    resetPeaks();
    long before = usedHeap();
    int[] rows = {0};
    long start = System.nanoTime();
    pull.accept(
        new RecordSink() {
          @Override
          public void accept(SourceRow row) {
            rows[0]++;
          }

          @Override
          public void malformed(String sourceId, String location, String reason) {}
        });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "BENCHMARK %-5s %,d rows in %.1f s = %,.0f rows/s; heap peak %d MB (%d MB before)%n",
        kind, rows[0], seconds, rows[0] / seconds, peakHeap() >> 20, before >> 20);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}

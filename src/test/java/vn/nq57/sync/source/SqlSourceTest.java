package vn.nq57.sync.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq57.sync.support.PermanentFailureException;
import vn.nq57.sync.support.TransientFailureException;

/** A provincial database played by a second embedded PostgreSQL, read incrementally. */
class SqlSourceTest {

  static EmbeddedPostgres province;
  private final SqlSource source = new SqlSource();
  private final List<SourceRow> rows = new ArrayList<>();
  private final RecordSink sink =
      new RecordSink() {
        @Override
        public void accept(SourceRow row) {
          rows.add(row);
        }

        @Override
        public void malformed(String sourceId, String location, String reason) {}
      };

  @BeforeAll
  static void startProvincialDatabase() throws Exception {
    province = EmbeddedPostgres.builder().start();
    JdbcClient jdbc = JdbcClient.create(province.getPostgresDatabase());
    jdbc.sql(
            """
            CREATE TABLE nhiem_vu (ma TEXT PRIMARY KEY, ten TEXT, trang_thai TEXT,
                han_hoan_thanh DATE, cap_nhat_luc TIMESTAMPTZ NOT NULL)
            """)
        .update();
    jdbc.sql(
            """
            INSERT INTO nhiem_vu VALUES
              ('NV-1', 'Số hóa hồ sơ', 'Đang thực hiện', '2025-12-31', '2025-08-01T08:00:00+07'),
              ('NV-2', 'Kết nối CSDL', 'Đã hoàn thành', NULL, '2025-08-02T08:00:00+07'),
              ('NV-3', 'Đào tạo', 'Chưa thực hiện', '2026-06-30', '2025-08-03T08:00:00+07')
            """)
        .update();
  }

  @AfterAll
  static void stop() throws Exception {
    province.close();
  }

  @Test
  void readsRowsChangedSinceTheWatermarkWithColumnLabelsAsFields() {
    String watermark =
        source.pull(sql(province.getJdbcUrl("postgres", "postgres"), QUERY), null, sink);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).fields())
        .containsEntry("Tên nhiệm vụ", "Số hóa hồ sơ")
        .containsEntry("han_hoan_thanh", "31/12/2025");
    assertThat(rows.get(0).location()).isEqualTo("csdl-tinh record NV-1");
    assertThat(Watermarks.instant(watermark)).isEqualTo(Watermarks.instant("2025-08-03T01:00:00Z"));

    rows.clear();
    source.pull(
        sql(province.getJdbcUrl("postgres", "postgres"), QUERY), "2025-08-02T01:00:00Z", sink);
    assertThat(rows).extracting(r -> r.fields().get("ma")).containsExactly("NV-3");
  }

  @Test
  void failsAtOnceOnABadQueryAndAfterRetriesOnAnUnreachableDatabase() {
    assertThatThrownBy(
            () ->
                source.pull(
                    sql(
                        province.getJdbcUrl("postgres", "postgres"),
                        "SELECT * FROM khong_co WHERE x > :watermark"),
                    null,
                    sink))
        .isInstanceOf(PermanentFailureException.class)
        .hasMessageContaining("khong_co");
    assertThatThrownBy(
            () -> source.pull(sql("jdbc:postgresql://127.0.0.1:1/none", QUERY), null, sink))
        .isInstanceOf(TransientFailureException.class);
  }

  private static final String QUERY =
      "SELECT ma, ten AS \"Tên nhiệm vụ\", trang_thai, han_hoan_thanh, cap_nhat_luc"
          + " FROM nhiem_vu WHERE cap_nhat_luc > :watermark ORDER BY cap_nhat_luc";

  private static ConfiguredSource sql(String url, String query) {
    SqlSettings settings =
        new SqlSettings(
            url,
            "postgres",
            "",
            query,
            "cap_nhat_luc",
            "ma",
            "1970-01-01T00:00:00Z",
            2,
            Duration.ofSeconds(2),
            Duration.ofSeconds(10),
            2,
            Duration.ofMillis(50));
    return new ConfiguredSource(
        "csdl-tinh",
        SourceKind.SQL,
        "m",
        new SourceInstance(SourceKind.SQL, "m", null, null, settings));
  }
}

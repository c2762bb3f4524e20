package vn.nq57.sync.mappingstore;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRow;

/**
 * Stores source records of the shipped mapping's source, as a pull would (a plain object, so the
 * shared test context stays the same).
 */
class SourceRecords {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2025-08-25T09:00:00+07:00");

  private final SourceRecordRepository records;
  private final MappingSources sources;
  private final JdbcClient jdbc;

  SourceRecords(SourceRecordRepository records, MappingSources sources, JdbcClient jdbc) {
    this.records = records;
    this.sources = sources;
    this.jdbc = jdbc;
  }

  void store(String key, String name, String status, String deadline, String completedOn) {
    long run =
        jdbc.sql(
                """
                INSERT INTO sync_run (trigger_kind, period_type, period_id, state, started_at)
                VALUES ('MANUAL', 'DAY', '2025-08-25', 'COMPLETED', :at) RETURNING id
                """)
            .param("at", AT)
            .query(Long.class)
            .single();
    records.upsert(row(name, status, deadline, completedOn), key, key, run, AT);
  }

  SourceRow row(String name, String status, String deadline, String completedOn) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Tên nhiệm vụ", name);
    fields.put("Kết quả", status);
    fields.put("Thời hạn", deadline);
    fields.put("Ngày hoàn thành thực tế", completedOn);
    fields.put("Mô tả", "Đã triển khai");
    fields.put("Khó khăn/vướng mắc", "");
    fields.put("Đề xuất/kiến nghị", "");
    String source = sources.sourceIds(MappingAdminApiTest.MAPPING).get(0);
    return new SourceRow(source, "test.csv row " + name.length(), fields);
  }
}

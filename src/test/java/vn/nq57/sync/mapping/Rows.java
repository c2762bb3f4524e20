package vn.nq57.sync.mapping;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.nq57.sync.source.SourceRow;

/** Test fixtures: the real Phụ lục I mapping and rows shaped like its spreadsheet. */
final class Rows {

  static final Path MAPPING = Path.of("mappings/bao-cao-phu-luc-I.yaml");
  static final TaskMapping PHU_LUC_I = MappingFiles.load(MAPPING);

  /**
   * Row 1 of the sample report: in progress, due 31/8/2025, with a date in the completion column.
   */
  static final String FIRST_TASK =
      "Hoàn thành triển khai xây dựng, đưa vào khai thác, sử dụng 114 cơ sở dữ liệu quốc gia, cơ sở dữ"
          + " liệu chuyên ngành, trong đó tập trung ưu tiên hoàn thiện cơ sở dữ liệu: đất đai, xây"
          + " dựng, bảo hiểm, tài chính, doanh nghiệp, lao động việc làm, y tế, giáo dục và kết nối,"
          + " xác thực với Cơ sở dữ liệu quốc gia về dân cư trong tháng 8/2025, đồng bộ dữ liệu về"
          + " Trung tâm dữ liệu quốc gia";

  static final String FIRST_REF = "PL1:4488504281948109";

  private Rows() {}

  /** A complete, mappable row for the first task; override cells with {@code with}. */
  static Map<String, String> firstTask() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("TT", "1");
    fields.put("Tên nhiệm vụ", FIRST_TASK);
    fields.put("Thời hạn", "31/12/2025");
    fields.put("Kết quả", "Đang thực hiện");
    fields.put("Mô tả", "Đã phân bổ kinh phí");
    fields.put("Ngày hoàn thành thực tế", "");
    fields.put("Khó khăn/vướng mắc", "");
    fields.put("Đề xuất/kiến nghị", "");
    return fields;
  }

  static Map<String, String> firstTask(String field, String value) {
    Map<String, String> fields = firstTask();
    fields.put(field, value);
    return fields;
  }

  static SourceRow row(Map<String, String> fields) {
    return new SourceRow("test", "test row", fields);
  }
}

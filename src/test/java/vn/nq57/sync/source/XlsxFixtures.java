package vn.nq57.sync.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds XLSX fixtures from the real rows of the UBND plan for 2026 (seed/004_phu-luc.jsonl) in the
 * layout the plan is printed in: title rows, a merged two-row header ("Cơ quan" over "Chủ trì" and
 * "Phối hợp"), Roman-numeral section rows, a date cell in Excel's US default format and empty
 * formatted rows at the end. Also writes large generated sheets for the benchmark.
 */
final class XlsxFixtures {

  static final Path SEED = Path.of("src/test/resources/source/seed/004_phu-luc.jsonl");
  private static final String[] TOP = {
    "TT",
    "Nhiệm vụ",
    "Cơ quan",
    "",
    "Lãnh đạo phụ trách",
    "Thời gian hoàn thành",
    "Tình hình thực hiện",
    "Ngày cập nhật"
  };

  private XlsxFixtures() {}

  record SeedTask(
      String section,
      String sectionTitle,
      String no,
      String name,
      String lead,
      String coordinating,
      String head,
      String deadline) {}

  static List<SeedTask> seedTasks() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<SeedTask> tasks = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(SEED, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode t = json.readTree(line);
        tasks.add(
            new SeedTask(
                text(t, "section"),
                text(t, "section_title"),
                text(t, "no"),
                text(t, "name"),
                text(t, "lead_text"),
                text(t, "coordinating_text"),
                text(t, "responsible_head"),
                text(t, "deadline_text")));
      }
    }
    return tasks;
  }

  static Path planFromSeed(Path file) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      Sheet sheet = book.createSheet("Phụ lục");
      CellStyle usDate = book.createCellStyle();
      usDate.setDataFormat((short) 14);
      int r = 0;
      cells(sheet.createRow(r++), "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI");
      cells(sheet.createRow(r++), "PHỤ LỤC: NHIỆM VỤ TRỌNG TÂM NĂM 2026");
      r++;
      int header = r;
      cells(sheet.createRow(r++), TOP);
      cells(sheet.createRow(r++), "", "", "Chủ trì", "Phối hợp");
      sheet.addMergedRegion(new CellRangeAddress(header, header, 2, 3));
      for (int c : new int[] {0, 1, 4, 5, 6, 7}) {
        sheet.addMergedRegion(new CellRangeAddress(header, header + 1, c, c));
      }
      String section = null;
      for (SeedTask task : seedTasks()) {
        if (!Objects.equals(task.section(), section)) {
          section = task.section();
          cells(sheet.createRow(r++), section + ".", task.sectionTitle());
        }
        Row row = sheet.createRow(r++);
        cells(
            row,
            task.no(),
            task.name(),
            task.lead(),
            task.coordinating(),
            task.head(),
            task.deadline(),
            "Đang thực hiện");
        row.createCell(7).setCellValue(LocalDate.of(2025, 12, 31));
        row.getCell(7).setCellStyle(usDate);
      }
      for (int i = 0; i < 5; i++) {
        sheet.createRow(r++).createCell(1).setCellStyle(usDate);
      }
      write(book, file);
    }
    return file;
  }

  /** A generated sheet of many tasks in the status-report layout, for the benchmark. */
  static Path largeReport(Path file, int rows) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      Sheet sheet = book.createSheet("Báo cáo");
      cells(sheet.createRow(0), "BÁO CÁO TÌNH HÌNH THỰC HIỆN");
      cells(sheet.createRow(1), "TT", "Tên nhiệm vụ", "Thời hạn", "Kết quả", "Mô tả");
      for (int i = 1; i <= rows; i++) {
        cells(
            sheet.createRow(i + 1),
            String.valueOf(i),
            "Nhiệm vụ số " + i + " về chuyển đổi số",
            "31/12/2025",
            "Đang thực hiện",
            "Đã triển khai " + i + " hạng mục");
      }
      write(book, file);
    }
    return file;
  }

  private static void write(SXSSFWorkbook book, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    }
    book.dispose();
  }

  private static void cells(Row row, String... values) {
    for (int c = 0; c < values.length; c++) {
      if (values[c] != null && !values[c].isEmpty()) {
        row.createCell(c).setCellValue(values[c]);
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? null : value.asString();
  }
}

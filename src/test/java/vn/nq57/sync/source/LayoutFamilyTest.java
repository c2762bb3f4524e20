package vn.nq57.sync.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.sync.mapping.KeyResult;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.national.TaskReport;

/**
 * One mapping per layout family: the real status report of Quảng Ngãi (51 rows) saved as XLSX with
 * a merged group header ("Kết quả thực hiện" over "Tình trạng", "Mô tả", "Ngày hoàn thành") and as
 * its CSV export (group row lost, and without the difficulties column) is read by ONE mapping,
 * through aliases and an optional column, into the same reports.
 */
class LayoutFamilyTest {

  private static final Path SAMPLE = Path.of("src/main/resources/demo/bao-cao-phu-luc-I.csv");
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
  private static final String GROUP = "Kết quả thực hiện";
  private static final String MAPPING =
      """
      id: bao-cao-ket-qua
      key: {prefix: KQ, from: ["Tên nhiệm vụ"]}
      aliases:
        "Tình trạng": ["Kết quả thực hiện Tình trạng"]
        "Mô tả": ["Kết quả thực hiện Mô tả"]
        "Ngày hoàn thành": ["Kết quả thực hiện Ngày hoàn thành"]
      taskCode: {crosswalk: bao-cao-ket-qua.crosswalk.yaml}
      status:
        from: "Tình trạng"
        valueMap:
          "Chưa thực hiện": NOT_STARTED
          "Đang thực hiện": IN_PROGRESS
          "Đã và đang thực hiện": IN_PROGRESS
          "Đã hoàn thành": COMPLETED
        overdueWhenPastDue: true
      deadline: {from: "Thời hạn"}
      completedOn: {from: "Ngày hoàn thành"}
      resultSummary: {from: "Mô tả"}
      evidence: {from: "Mô tả"}
      difficulties: {from: "Khó khăn/vướng mắc", optional: ["Khó khăn/vướng mắc"]}
      """;

  private static List<CSVRecord> sample;

  @TempDir Path dir;

  @BeforeAll
  static void readSample() throws IOException {
    try (Reader in = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      sample = parser.getRecords();
    }
  }

  @Test
  void readsTheXlsxWithGroupHeadersAndItsCsvExportIntoTheSameReports() throws IOException {
    Path xlsx = writeXlsx(dir.resolve("ket-qua.xlsx"));
    Path csv = writeCsvExport(dir.resolve("ket-qua.csv"));
    TaskMapping mapping = withCrosswalkOfEveryTask();

    List<SourceRow> fromXlsx = read(xlsx, mapping);
    List<SourceRow> fromCsv = read(csv, mapping);

    assertThat(fromXlsx).hasSize(sample.size());
    assertThat(fromCsv).hasSize(sample.size());
    assertThat(fromXlsx.get(0).fields()).containsKey("Kết quả thực hiện Tình trạng");
    assertThat(fromCsv.get(0).fields()).containsKey("Tình trạng").doesNotContainKey(GROUP);
    List<MappingOutcome> xlsxOutcomes = outcomes(mapping, fromXlsx);
    List<MappingOutcome> csvOutcomes = outcomes(mapping, fromCsv);
    int withDifficulties = 0;
    for (int i = 0; i < fromXlsx.size(); i++) {
      // The export lost the difficulties column, which the mapping lists as optional: the same
      // report, without difficulties.
      MappingOutcome xlsxRow = xlsxOutcomes.get(i);
      if (xlsxRow instanceof MappingOutcome.Mapped m && m.report().difficulties() != null) {
        withDifficulties++;
        xlsxRow = new MappingOutcome.Mapped(withoutDifficulties(m.report()));
      }
      assertThat(xlsxRow).as("row %d", i + 1).isEqualTo(csvOutcomes.get(i));
      Map<String, String> xlsxContent = new LinkedHashMap<>(mapping.sourceValues(fromXlsx.get(i)));
      xlsxContent.put("Khó khăn/vướng mắc", "");
      assertThat(xlsxContent)
          .as("content of row %d", i + 1)
          .isEqualTo(mapping.sourceValues(fromCsv.get(i)));
    }
    assertThat(withDifficulties).isPositive();
    // The real rows as the sample has them: most map, the blank statuses and the completed
    // tasks without a completion date are parked in both forms alike, never for a missing column.
    long mapped = xlsxOutcomes.stream().filter(MappingOutcome.Mapped.class::isInstance).count();
    assertThat(mapped).isGreaterThan(40);
    assertThat(xlsxOutcomes)
        .filteredOn(MappingOutcome.Parked.class::isInstance)
        .extracting(o -> ((MappingOutcome.Parked) o).code())
        .doesNotContain("SOURCE_FIELD_ABSENT", "SOURCE_FIELD_AMBIGUOUS", "NO_TASK_CODE");
  }

  @Test
  void withoutAliasesTheGroupedXlsxParksEveryRowForItsStatusColumn() throws IOException {
    Path xlsx = writeXlsx(dir.resolve("ket-qua.xlsx"));
    TaskMapping plain =
        TaskMapping.parse(
            MAPPING.replaceAll("(?s)aliases:.*?taskCode:", "taskCode:"),
            "mem/bao-cao-ket-qua.yaml",
            name -> "tasks: []");

    List<MappingOutcome> outcomes = outcomes(plain, read(xlsx, plain));

    // Without aliases the header is taken as its first row only, and the group's second row
    // becomes a row without a task name; every task row lacks the status column.
    assertThat(outcomes).hasSize(sample.size() + 1);
    assertThat(outcomes.subList(1, outcomes.size()))
        .allSatisfy(
            o ->
                assertThat(((MappingOutcome.Parked) o).reason())
                    .contains("The source has no field 'Tình trạng'"));
  }

  @Test
  void withoutOptionalTheCsvExportParksEveryRowForTheMissingColumn() throws IOException {
    Path csv = writeCsvExport(dir.resolve("ket-qua.csv"));
    TaskMapping strict =
        TaskMapping.parse(
            MAPPING.replace(", optional: [\"Khó khăn/vướng mắc\"]", ""),
            "mem/bao-cao-ket-qua.yaml",
            name -> "tasks: []");

    assertThat(outcomes(strict, read(csv, strict)))
        .allSatisfy(
            o -> assertThat(((MappingOutcome.Parked) o).reason()).contains("Khó khăn/vướng mắc"));
  }

  private static TaskReport withoutDifficulties(TaskReport r) {
    return new TaskReport(
        r.taskCode(),
        r.localRef(),
        r.revision(),
        r.status(),
        r.progressPercent(),
        r.dueOn(),
        r.dueText(),
        r.recurring(),
        r.completedOn(),
        r.leadUnit(),
        r.resultSummary(),
        null,
        r.proposals(),
        r.evidence(),
        r.updatedAt());
  }

  /** The mapping with a crosswalk entry for every task of the sample. */
  private static TaskMapping withCrosswalkOfEveryTask() {
    TaskMapping keyed = TaskMapping.parse(MAPPING, "mem/bao-cao-ket-qua.yaml", n -> "tasks: []");
    StringBuilder crosswalk = new StringBuilder("tasks:\n");
    for (int i = 0; i < sample.size(); i++) {
      SourceRow row =
          new SourceRow(
              "x", "x", java.util.Map.of("Tên nhiệm vụ", sample.get(i).get("Tên nhiệm vụ")));
      String localRef = ((KeyResult.Key) keyed.keyOf(row)).localRef();
      crosswalk.append("  - {localRef: '%s', taskCode: NQ57.KQ.%02d}\n".formatted(localRef, i + 1));
    }
    return TaskMapping.parse(MAPPING, "mem/bao-cao-ket-qua.yaml", n -> crosswalk.toString());
  }

  private static List<SourceRow> read(Path file, TaskMapping mapping) {
    List<SourceRow> rows = new ArrayList<>();
    if (file.toString().endsWith(".xlsx")) {
      XlsxSpreadsheetReader.read(
          file, "test", mapping.keyHeaders(), mapping.sourceHeaders(), rows::add);
    } else {
      CsvSpreadsheetReader.read(
          file, "test", mapping.keyHeaders(), mapping.sourceHeaders(), rows::add);
    }
    return rows;
  }

  private static List<MappingOutcome> outcomes(TaskMapping mapping, List<SourceRow> rows) {
    return rows.stream()
        .map(
            r ->
                mapping.keyOf(r) instanceof KeyResult.Key key
                    ? mapping.map(r, key.localRef(), TODAY)
                    : new MappingOutcome.Parked("NO_KEY", r.fields().toString()))
        .collect(Collectors.toList());
  }

  /** The department's workbook: a title, a two-row header with a merged group, the tasks. */
  private static Path writeXlsx(Path file) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Phụ lục I");
      cells(sheet.createRow(0), "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ TRUNG ƯƠNG GIAO");
      cells(
          sheet.createRow(2),
          "TT",
          "Tên nhiệm vụ",
          "Thời hạn",
          GROUP,
          "",
          "",
          "Khó khăn/vướng mắc");
      cells(sheet.createRow(3), "", "", "", "Tình trạng", "Mô tả", "Ngày hoàn thành", "");
      for (int column : new int[] {0, 1, 2, 6}) {
        sheet.addMergedRegion(new CellRangeAddress(2, 3, column, column));
      }
      sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, 5));
      int r = 4;
      for (CSVRecord task : sample) {
        cells(
            sheet.createRow(r++),
            task.get(0),
            task.get("Tên nhiệm vụ"),
            task.get("Thời hạn"),
            task.get("Kết quả"),
            task.get("Mô tả"),
            task.get("Ngày hoàn thành thực tế"),
            task.get("Khó khăn/vướng mắc"));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }

  /** "Save as CSV" of the same sheet after the group row was deleted and one column hidden. */
  private static Path writeCsvExport(Path file) throws IOException {
    try (CSVPrinter out =
        new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
      out.printRecord("TT", "Tên nhiệm vụ", "Thời hạn", "Tình trạng", "Mô tả", "Ngày hoàn thành");
      for (CSVRecord task : sample) {
        out.printRecord(
            task.get(0),
            task.get("Tên nhiệm vụ"),
            task.get("Thời hạn"),
            task.get("Kết quả"),
            task.get("Mô tả"),
            task.get("Ngày hoàn thành thực tế"));
      }
    }
    return file;
  }

  private static void cells(Row row, String... values) {
    for (int c = 0; c < values.length; c++) {
      row.createCell(c).setCellValue(values[c]);
    }
  }
}

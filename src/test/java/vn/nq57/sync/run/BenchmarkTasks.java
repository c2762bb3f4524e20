package vn.nq57.sync.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.nq57.sync.mapping.KeyResult;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.source.SourceRow;

/**
 * The benchmark's synthetic tasks, the same for every kind of source: task {@code i} of generation
 * {@code gen} (every 100th task has a new result text and change stamp from generation 2 on), the
 * {@code bench} mapping and a crosswalk that links every task to a national code, and files written
 * row by row so the fixture never holds the tasks in memory.
 */
final class BenchmarkTasks {

  static final String MAPPING_ID = "bench";
  static final List<String> COLUMNS = List.of("ma", "ten", "trang_thai", "han", "ket_qua");
  static final String FIRST_STAMP = "2025-08-20T10:00:00+07:00";
  static final String CHANGED_STAMP = "2025-08-24T10:00:00+07:00";

  static final String MAPPING =
      """
      id: bench
      title: Benchmark tasks
      key:
        prefix: BEN
        from: ["ma"]
      taskCode:
        crosswalk: bench.crosswalk.yaml
      status:
        from: "trang_thai"
        valueMap:
          "Đang thực hiện": IN_PROGRESS
          "Đã hoàn thành": COMPLETED
        overdueWhenPastDue: true
      deadline:
        from: "han"
      resultSummary:
        from: "ket_qua"
      """;

  private BenchmarkTasks() {}

  static boolean changed(int i, int gen) {
    return gen >= 2 && i % 100 == 0;
  }

  static Map<String, String> fields(int i, int gen) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("ma", "BV-" + i);
    fields.put("ten", "Nhiệm vụ số " + i + " của xã");
    fields.put("trang_thai", "Đang thực hiện");
    fields.put("han", "31/12/2025");
    fields.put("ket_qua", "Đã triển khai lần " + (changed(i, gen) ? gen : 1));
    return fields;
  }

  static String stamp(int i, int gen) {
    return changed(i, gen) ? CHANGED_STAMP : FIRST_STAMP;
  }

  /** A mappings folder: the project's own mappings plus {@code bench} for tasks 1..maxTasks. */
  static Path mappingsFolder(Path folder, int maxTasks) {
    try {
      Files.createDirectories(folder);
      try (Stream<Path> own = Files.list(Path.of("mappings"))) {
        for (Path file : own.toList()) {
          Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.writeString(folder.resolve("bench.yaml"), MAPPING);
      TaskMapping keys = TaskMapping.parse(MAPPING, "bench.yaml", name -> "tasks: []\n");
      try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("bench.crosswalk.yaml"))) {
        out.write("tasks:\n");
        for (int i = 1; i <= maxTasks; i++) {
          KeyResult key = keys.keyOf(new SourceRow("bench", "row", fields(i, 1)));
          out.write("  - localRef: \"" + ((KeyResult.Key) key).localRef() + "\"\n");
          out.write("    taskCode: \"NQ57.BV." + i + "\"\n");
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path csv(Path file, int tasks, int gen) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", COLUMNS) + "\n");
      for (int i = 1; i <= tasks; i++) {
        out.write(String.join(",", fields(i, gen).values()) + "\n");
      }
    }
    return file;
  }

  static Path xlsx(Path file, int tasks, int gen) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet("Phu luc");
      cells(sheet.createRow(0), COLUMNS);
      for (int i = 1; i <= tasks; i++) {
        cells(sheet.createRow(i), List.copyOf(fields(i, gen).values()));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }

  private static void cells(Row row, List<String> values) {
    for (int c = 0; c < values.size(); c++) {
      row.createCell(c).setCellValue(values.get(c));
    }
  }
}

package vn.nq57.sync.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nq57.sync.support.PermanentFailureException;

/** CSV and XLSX reports as departments really produce them, read without Spring. */
class SpreadsheetReadersTest {

  private static final Path FIXTURES = Path.of("src/test/resources/source");
  private static final List<String> REPORT = List.of("TT", "Tên nhiệm vụ", "Thời hạn", "Kết quả");
  private static final List<String> PLAN =
      List.of(
          "Nhiệm vụ",
          "Cơ quan Chủ trì",
          "Cơ quan Phối hợp",
          "Lãnh đạo phụ trách",
          "Thời gian hoàn thành",
          "Tình hình thực hiện");

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"utf8-bom.csv", "utf8-no-bom.csv", "nfd.csv", "windows-1258.csv"})
  void readsTheSameNfcTextWhateverTheEncodingOrUnicodeForm(String file) {
    List<SourceRow> rows = read(FIXTURES.resolve(file), List.of("Tên nhiệm vụ"), REPORT);
    assertThat(rows).hasSize(6);
    SourceRow first = rows.get(0);
    assertThat(first.fields())
        .containsKey("Tên nhiệm vụ")
        .containsEntry("Kết quả", "Đang thực hiện");
    assertThat(first.fields().get("Tên nhiệm vụ")).startsWith("Hoàn thành triển khai xây dựng");
    assertThat(first.location()).isEqualTo(file + " row 2");
  }

  @Test
  void joinsTwoRowHeadersAndSkipsTitleSectionNumberingAndTrailingRows() {
    List<SourceRow> rows =
        read(FIXTURES.resolve("plan-two-row-header.csv"), List.of("Nhiệm vụ"), PLAN);
    assertThat(rows).hasSize(8);
    SourceRow first = rows.get(0);
    assertThat(first.fields())
        .containsEntry("Cơ quan Chủ trì", "Sở Văn hóa, Thể thao và Du lịch")
        .containsEntry("Tình hình thực hiện", "Đang thực hiện")
        .containsKey("Cơ quan Phối hợp")
        .containsKey("Lãnh đạo phụ trách");
    assertThat(first.fields().get("Nhiệm vụ")).startsWith("Triển khai Kế hoạch số 58/KH-UBND");
    assertThat(first.location()).isEqualTo("plan-two-row-header.csv row 8");
  }

  @Test
  void readsTheRealUbndPlanFromAStreamedXlsxWithMergedHeaderAndSections() throws Exception {
    Path xlsx = XlsxFixtures.planFromSeed(temp.resolve("ke-hoach-2026.xlsx"));
    List<SourceRow> rows = read(xlsx, List.of("Nhiệm vụ"), PLAN);
    List<XlsxFixtures.SeedTask> seed = XlsxFixtures.seedTasks();
    assertThat(rows).hasSize(seed.size());
    for (int i = 0; i < seed.size(); i++) {
      assertThat(rows.get(i).fields().get("Nhiệm vụ")).isEqualTo(nullToEmpty(seed.get(i).name()));
      assertThat(rows.get(i).fields().get("Lãnh đạo phụ trách"))
          .isEqualTo(nullToEmpty(seed.get(i).head()));
      assertThat(rows.get(i).fields().get("Cơ quan Chủ trì"))
          .isEqualTo(nullToEmpty(seed.get(i).lead()));
    }
    assertThat(rows.get(0).fields()).containsEntry("Ngày cập nhật", "31/12/2025");
  }

  @Test
  void refusesAFileWithoutTheMappingsKeyColumnLoudly() throws Exception {
    Path file = Files.writeString(temp.resolve("khac.csv"), "a,b\n1,2\n");
    assertThatThrownBy(() -> read(file, List.of("Tên nhiệm vụ"), REPORT))
        .isInstanceOf(PermanentFailureException.class)
        .hasMessageContaining("Tên nhiệm vụ");
  }

  @Test
  void refusesAFileThatIsNotReallyXlsx() throws Exception {
    Path file = Files.writeString(temp.resolve("hong.xlsx"), "not a zip");
    assertThatThrownBy(() -> read(file, List.of("Nhiệm vụ"), PLAN))
        .isInstanceOf(PermanentFailureException.class)
        .hasMessageContaining("hong.xlsx");
  }

  @Test
  void knowsSectionAndNumberingRowsFromTasks() {
    assertThat(ReportTable.isSectionOrNumbering(List.of("II.", "Về hạ tầng", "", ""))).isTrue();
    assertThat(ReportTable.isSectionOrNumbering(List.of("III", "", ""))).isTrue();
    assertThat(ReportTable.isSectionOrNumbering(List.of("(1)", "(2)", "(3)"))).isTrue();
    assertThat(ReportTable.isSectionOrNumbering(List.of("1", "Xây dựng", "Sở KH&CN"))).isFalse();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /** Each key column by its one spelling. */
  static List<List<String>> spellings(List<String> keys) {
    return keys.stream().map(List::of).toList();
  }

  private static List<SourceRow> read(Path file, List<String> keys, List<String> known) {
    List<SourceRow> rows = new ArrayList<>();
    boolean xlsx = file.toString().endsWith(".xlsx");
    if (xlsx) {
      XlsxSpreadsheetReader.read(file, "test", spellings(keys), known, rows::add);
    } else {
      CsvSpreadsheetReader.read(file, "test", spellings(keys), known, rows::add);
    }
    return rows;
  }
}

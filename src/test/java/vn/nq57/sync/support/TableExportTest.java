package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports open safely in Excel: no cell can start a formula, in CSV or XLSX. */
class TableExportTest {

  private static final List<String> DANGEROUS =
      List.of("=HYPERLINK(\"http://x\",\"a\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR");

  @Test
  void neutralisesEveryCellThatCouldStartAFormulaAndLeavesOthersAlone() {
    for (String cell : DANGEROUS) {
      assertThat(TableExport.safe(cell)).isEqualTo("'" + cell);
    }
    assertThat(TableExport.safe("Đang thực hiện")).isEqualTo("Đang thực hiện");
    assertThat(TableExport.safe("22/6-2025")).isEqualTo("22/6-2025");
    assertThat(TableExport.safe("")).isEmpty();
    assertThat(TableExport.safe(null)).isEmpty();
  }

  @Test
  void writesCsvWithABomAndNeutralisedCellsHeaderIncluded() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    TableExport.csv(List.of("=head", "b"), List.of(List.of("=1+1", "Sở KH&CN")), out);

    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF'=head,b\r\n");
    assertThat(csv).contains("'=1+1,Sở KH&CN\r\n");
  }

  @Test
  void writesXlsxWhoseCellsAreTextThatStartsWithAQuote() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    TableExport.xlsx("failures", List.of("task", "value"), List.of(DANGEROUS.subList(0, 2)), out);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Row row = book.getSheet("failures").getRow(1);
      assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + DANGEROUS.get(0));
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'+1+1");
      assertThat(book.getSheet("failures").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("task");
    }
  }
}

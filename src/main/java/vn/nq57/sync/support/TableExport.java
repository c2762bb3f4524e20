package vn.nq57.sync.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table (a header and rows of text) as CSV or XLSX that is safe to open in Excel: a cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, which
 * Excel or LibreOffice would run as a formula, is written with a single quote in front ({@link
 * #safe(String)}). Every cell is text; nothing is typed as a number or formula.
 */
public final class TableExport {

  /** text/csv with its charset, for the Content-Type of a CSV download. */
  public static final String CSV = "text/csv;charset=UTF-8";

  /** The Content-Type of an XLSX download. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final char BOM = '\uFEFF';

  private TableExport() {}

  /** The cell as Excel must see it: a leading formula character neutralised by a single quote. */
  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell == null ? "" : cell;
    }
    return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** CSV in UTF-8 with a byte-order mark (so Excel reads Vietnamese right), CRLF line ends. */
  public static void csv(List<String> header, Iterable<List<String>> rows, OutputStream out) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write(BOM);
      CSVPrinter printer = CSVFormat.EXCEL.print(writer);
      printer.printRecord(header.stream().map(TableExport::safe).toList());
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(TableExport::safe).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One sheet of text cells, streamed (a hundred rows in memory at a time). */
  public static void xlsx(
      String sheetName, List<String> header, Iterable<List<String>> rows, OutputStream out) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet(sheetName);
      int index = 0;
      write(sheet.createRow(index++), header);
      for (List<String> row : rows) {
        write(sheet.createRow(index++), row);
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      row.createCell(i).setCellValue(safe(cells.get(i)));
    }
  }
}

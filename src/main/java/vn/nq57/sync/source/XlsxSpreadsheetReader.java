package vn.nq57.sync.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.nq57.sync.support.PermanentFailureException;

/**
 * Streams the first sheet of an XLSX report with POI's event API (SAX), so memory stays flat
 * however many rows the sheet has. Cells are read as Excel shows them, except that dates are
 * written day first (dd/MM/yyyy) as Vietnamese offices type them.
 */
final class XlsxSpreadsheetReader {

  private XlsxSpreadsheetReader() {}

  static int read(
      Path file,
      String sourceId,
      List<List<String>> keyHeaders,
      List<String> knownHeaders,
      Consumer<SourceRow> sink) {
    String name = file.getFileName().toString();
    ReportTable table = new ReportTable(name, sourceId, keyHeaders, knownHeaders, sink);
    try (OPCPackage xlsx = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(xlsx);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new PermanentFailureException("FILE_UNREADABLE", name + " has no sheet");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                null,
                new ReadOnlySharedStringsTable(xlsx),
                new Rows(table),
                new DayFirstFormatter(),
                false));
        parser.parse(new InputSource(sheet));
      }
      return table.finish();
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      if (e instanceof PermanentFailureException permanent) {
        throw permanent;
      }
      throw new PermanentFailureException(
          "FILE_UNREADABLE", "Could not read " + name + " as XLSX: " + e.getMessage());
    }
  }

  /** Collects the cells of one row (filling skipped empty cells) and hands the row on. */
  private static final class Rows implements SheetContentsHandler {

    private final ReportTable table;
    private final List<String> cells = new ArrayList<>();
    private int rowNumber;

    Rows(ReportTable table) {
      this.table = table;
    }

    @Override
    public void startRow(int rowNum) {
      rowNumber = rowNum + 1;
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      table.accept(rowNumber, List.copyOf(cells));
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(formattedValue == null ? "" : formattedValue);
    }
  }

  /** Excel's own formats, but dates day first whatever the cell's (often US) format says. */
  private static final class DayFirstFormatter extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value)
            .toLocalDate()
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}

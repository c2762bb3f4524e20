package vn.nq57.sync.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.nq57.sync.support.PermanentFailureException;

/**
 * Streams the rows of a CSV report as departments export it, in UTF-8 (with or without BOM) or
 * Windows-1258; the layout rules (title rows, header rows, section rows) are {@link ReportTable}'s.
 */
final class CsvSpreadsheetReader {

  private CsvSpreadsheetReader() {}

  /** Reads the file row by row into the sink; returns the number of data rows read. */
  static int read(
      Path file,
      String sourceId,
      List<List<String>> keyHeaders,
      List<String> knownHeaders,
      Consumer<SourceRow> sink) {
    String name = file.getFileName().toString();
    ReportTable table = new ReportTable(name, sourceId, keyHeaders, knownHeaders, sink);
    try (Reader reader = TextEncodings.reader(file, TextEncodings.detect(file));
        CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        table.accept((int) record.getRecordNumber(), cells);
      }
      return table.finish();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new PermanentFailureException(
          "FILE_UNREADABLE", "Could not read " + name + ": " + e.getMessage());
    }
  }
}

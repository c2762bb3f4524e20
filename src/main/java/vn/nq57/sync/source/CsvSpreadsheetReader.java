package vn.nq57.sync.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.nq57.sync.mapping.VietnameseText;
import vn.nq57.sync.support.PermanentFailureException;

/**
 * Streams the rows of a CSV report as departments export it: title rows above the header are
 * skipped (the header is the first row holding every key column), blank rows are ignored, and text
 * is NFC whatever the file's encoding.
 */
public final class CsvSpreadsheetReader {

  private static final int MAX_TITLE_ROWS = 30;

  private CsvSpreadsheetReader() {}

  /** Reads the file row by row into the sink; returns the number of data rows read. */
  public static int read(
      Path file, String sourceId, List<String> keyHeaders, Consumer<SourceRow> sink) {
    try (Reader reader = TextEncodings.reader(file, TextEncodings.detect(file));
        CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = findHeader(records, file, keyHeaders);
      int rows = 0;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (!isBlank(record)) {
          String location = file.getFileName() + " row " + (record.getRecordNumber());
          sink.accept(new SourceRow(sourceId, location, fields(header, record)));
          rows++;
        }
      }
      return rows;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new PermanentFailureException(
          "FILE_UNREADABLE", "Could not read " + file.getFileName() + ": " + e.getMessage());
    }
  }

  private static List<String> findHeader(
      Iterator<CSVRecord> records, Path file, List<String> keyHeaders) {
    Set<String> wanted =
        keyHeaders.stream().map(VietnameseText::normaliseHeader).collect(Collectors.toSet());
    for (int i = 0; i < MAX_TITLE_ROWS && records.hasNext(); i++) {
      List<String> cells = new ArrayList<>();
      records.next().forEach(cell -> cells.add(nfc(cell)));
      Set<String> normalised =
          cells.stream().map(VietnameseText::normaliseHeader).collect(Collectors.toSet());
      if (normalised.containsAll(wanted)) {
        return cells;
      }
    }
    throw new PermanentFailureException(
        "HEADER_NOT_FOUND",
        "No header row with the columns "
            + keyHeaders
            + " in the first "
            + MAX_TITLE_ROWS
            + " rows of "
            + file.getFileName()
            + "; is this file in the layout of its mapping?");
  }

  private static Map<String, String> fields(List<String> header, CSVRecord record) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).isBlank() ? "column " + (i + 1) : header.get(i);
      fields.put(name, i < record.size() ? nfc(record.get(i)) : "");
    }
    return fields;
  }

  private static boolean isBlank(CSVRecord record) {
    for (String cell : record) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}

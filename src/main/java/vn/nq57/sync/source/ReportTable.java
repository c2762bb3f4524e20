package vn.nq57.sync.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.nq57.sync.support.PermanentFailureException;

/**
 * Turns the raw rows of a report sheet (CSV or XLSX) into records, the way a person reads it: title
 * rows above the header are skipped, the header may span up to three rows (merged group cells such
 * as "Cơ quan" over "Chủ trì" / "Phối hợp" are joined), and blank rows, column-number rows and
 * Roman-numeral section rows between the tasks are left out. A key column may go by several
 * spellings (a mapping's aliases). Only a bounded head is buffered.
 */
final class ReportTable {

  static final int MAX_TITLE_ROWS = 30;
  private static final int MAX_HEADER_ROWS = 3;
  private static final Pattern SECTION = Pattern.compile("^[IVXLC]+[.)]?(\\s.*)?$", Pattern.DOTALL);
  private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");

  private final String fileName;
  private final String sourceId;
  private final List<Set<String>> keys;
  private final Set<String> known;
  private final List<List<String>> keyHeaders;
  private final Consumer<SourceRow> sink;
  private final List<RawRow> head = new ArrayList<>();
  private List<String> header;
  private int rows;

  ReportTable(
      String fileName,
      String sourceId,
      List<List<String>> keyHeaders,
      List<String> knownHeaders,
      Consumer<SourceRow> sink) {
    this.fileName = fileName;
    this.sourceId = sourceId;
    this.keyHeaders = keyHeaders;
    this.keys = keyHeaders.stream().map(ReportTable::normalised).toList();
    this.known = normalised(knownHeaders);
    this.sink = sink;
  }

  /** One physical row of the sheet, its cells from the first column on. */
  void accept(int rowNumber, List<String> cells) {
    List<String> nfc = cells.stream().map(ReportTable::nfc).toList();
    if (isBlank(nfc)) {
      return;
    }
    if (header != null) {
      emit(new RawRow(rowNumber, nfc));
      return;
    }
    head.add(new RawRow(rowNumber, nfc));
    if (head.size() == MAX_TITLE_ROWS + MAX_HEADER_ROWS) {
      findHeader();
    }
  }

  /** Ends the sheet; returns the number of data rows passed on. */
  int finish() {
    if (header == null) {
      findHeader();
    }
    return rows;
  }

  private void findHeader() {
    for (int start = 0; start < Math.min(MAX_TITLE_ROWS, head.size()); start++) {
      int depth = bestDepth(start);
      if (depth > 0) {
        header = join(head.subList(start, start + depth));
        List<RawRow> data = List.copyOf(head.subList(start + depth, head.size()));
        head.clear();
        data.forEach(this::emit);
        return;
      }
    }
    throw new PermanentFailureException(
        "HEADER_NOT_FOUND",
        "No header row with the columns "
            + keyHeaders.stream()
                .map(spellings -> String.join(" or ", spellings))
                .collect(Collectors.joining(", ", "[", "]"))
            + " in the first "
            + MAX_TITLE_ROWS
            + " rows of "
            + fileName
            + "; is this file in the layout of its mapping?");
  }

  /** How many rows from start make the header that names the most known columns; 0 if none. */
  private int bestDepth(int start) {
    int best = 0;
    long bestScore = -1;
    for (int depth = 1; depth <= MAX_HEADER_ROWS && start + depth <= head.size(); depth++) {
      Set<String> names = normalised(join(head.subList(start, start + depth)));
      if (keys.stream().allMatch(spellings -> spellings.stream().anyMatch(names::contains))) {
        long score = known.stream().filter(names::contains).count();
        if (score > bestScore) {
          best = depth;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** Joins header rows column by column; an empty group cell takes the label on its left. */
  static List<String> join(List<RawRow> headerRows) {
    int width = headerRows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<StringBuilder> names = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      names.add(new StringBuilder());
    }
    for (int r = 0; r < headerRows.size(); r++) {
      RawRow row = headerRows.get(r);
      RawRow below = r + 1 < headerRows.size() ? headerRows.get(r + 1) : null;
      String left = "";
      for (int c = 0; c < width; c++) {
        String cell = row.cell(c).strip();
        boolean spansGroup = below != null && c > 0 && !below.cell(c).isBlank();
        spansGroup = spansGroup && !below.cell(c - 1).isBlank();
        String label = !cell.isEmpty() ? cell : spansGroup ? left : "";
        left = label;
        if (!label.isEmpty() && !names.get(c).toString().endsWith(label)) {
          names.get(c).append(names.get(c).isEmpty() ? "" : " ").append(label);
        }
      }
    }
    return names.stream().map(StringBuilder::toString).toList();
  }

  private void emit(RawRow row) {
    if (isSectionOrNumbering(row.cells())) {
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).isBlank() ? "column " + (i + 1) : header.get(i);
      fields.putIfAbsent(name, row.cell(i));
    }
    sink.accept(new SourceRow(sourceId, fileName + " row " + row.number(), fields));
    rows++;
  }

  /** "II. Về công tác chỉ đạo" with the rest empty, or the "(1) (2) (3)" row under a header. */
  static boolean isSectionOrNumbering(List<String> cells) {
    List<String> filled = cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    if (filled.isEmpty()) {
      return true;
    }
    if (filled.size() <= 2 && SECTION.matcher(filled.get(0)).matches()) {
      return true;
    }
    return filled.size() >= 2 && filled.stream().allMatch(c -> COLUMN_NUMBER.matcher(c).matches());
  }

  private static Set<String> normalised(List<String> names) {
    return names.stream().map(Headers::normalise).collect(Collectors.toSet());
  }

  private static boolean isBlank(List<String> cells) {
    return cells.stream().allMatch(String::isBlank);
  }

  private static String nfc(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** A physical row: its 1-based number in the file and its cells. */
  record RawRow(int number, List<String> cells) {

    String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }
}

package vn.nq57.sync.operations;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.run.ParkedView;
import vn.nq57.sync.run.RunQueries;
import vn.nq57.sync.submission.ItemRow;
import vn.nq57.sync.submission.ItemState;
import vn.nq57.sync.submission.SubmissionFilter;
import vn.nq57.sync.submission.SubmissionSearch;
import vn.nq57.sync.support.TableExport;

/**
 * The failures (items FAILED or REJECTED) and the parked rows as a table a person fixes the sources
 * from, in CSV or XLSX; every cell Excel could run as a formula is neutralised ({@link
 * TableExport#safe(String)}).
 */
@Service
public class OperatorExports {

  static final List<String> FAILURE_COLUMNS =
      List.of(
          "item",
          "submission",
          "run",
          "period",
          "task code",
          "local ref",
          "revision",
          "state",
          "national codes",
          "errors",
          "last error",
          "queued at");
  static final List<String> PARKED_COLUMNS =
      List.of("run", "parked at", "source", "location", "record key", "code", "reason", "values");

  private final SubmissionSearch search;
  private final RunQueries runs;

  OperatorExports(SubmissionSearch search, RunQueries runs) {
    this.search = search;
    this.runs = runs;
  }

  /**
   * Writes the failed and rejected items the filter selects (its item state, when given, else both
   * FAILED and REJECTED), at most 100,000 of each.
   */
  public void failures(SubmissionFilter filter, ExportFormat format, OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    List<ItemState> states =
        filter.itemState() != null
            ? List.of(filter.itemState())
            : List.of(ItemState.FAILED, ItemState.REJECTED);
    for (ItemState state : states) {
      search.forEachItem(filter.withItemState(state), item -> rows.add(failure(item)));
    }
    write("failures", FAILURE_COLUMNS, rows, format, out);
  }

  /** Writes the rows parked now, with the source values that caused each. */
  public void parked(ExportFormat format, OutputStream out) {
    List<List<String>> rows = runs.currentlyParked().stream().map(OperatorExports::parked).toList();
    write("parked", PARKED_COLUMNS, rows, format, out);
  }

  private static void write(
      String sheet,
      List<String> header,
      List<List<String>> rows,
      ExportFormat format,
      OutputStream out) {
    if (format == ExportFormat.XLSX) {
      TableExport.xlsx(sheet, header, rows, out);
    } else {
      TableExport.csv(header, rows, out);
    }
  }

  private static List<String> failure(ItemRow item) {
    List<String> codes = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    if (item.errors() != null) {
      for (JsonNode error : item.errors()) {
        codes.add(error.path("code").asString(""));
        messages.add(error.path("message").asString(""));
      }
    }
    return List.of(
        Long.toString(item.itemId()),
        Long.toString(item.submissionId()),
        Long.toString(item.runId()),
        item.periodType() + " " + item.periodId(),
        item.taskCode(),
        item.localRef(),
        Integer.toString(item.revision()),
        item.state().name(),
        String.join(", ", codes),
        String.join(" | ", messages),
        Objects.toString(item.lastError(), ""),
        Objects.toString(item.createdAt(), ""));
  }

  private static List<String> parked(ParkedView p) {
    return List.of(
        Long.toString(p.runId()),
        Objects.toString(p.parkedAt(), ""),
        p.sourceId(),
        p.location(),
        Objects.toString(p.recordKey(), ""),
        p.code(),
        p.reason(),
        values(p.sourceValues()));
  }

  private static String values(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + " = '" + e.getValue() + "'")
        .collect(Collectors.joining("; "));
  }
}

package vn.nq57.sync.operations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.submission.ItemRow;
import vn.nq57.sync.submission.ItemState;
import vn.nq57.sync.submission.SubmissionFilter;
import vn.nq57.sync.submission.SubmissionSearch;
import vn.nq57.sync.submission.SubmissionState;
import vn.nq57.sync.support.NotFoundException;
import vn.nq57.sync.support.ResultPage;
import vn.nq57.sync.support.TableExport;

/**
 * Operator API on report items: the list (filtered like submissions), one item's history with the
 * source record behind it, and the exports of failures and parked rows.
 */
@RestController
class ItemController {

  private final SubmissionSearch search;
  private final SourceRecordRepository records;
  private final ItemHistories histories;
  private final OperatorExports exports;

  ItemController(
      SubmissionSearch search,
      SourceRecordRepository records,
      ItemHistories histories,
      OperatorExports exports) {
    this.search = search;
    this.records = records;
    this.histories = histories;
    this.exports = exports;
  }

  /** Items, newest first, a page at a time. */
  @GetMapping("/api/items")
  ResultPage<ItemRow> items(
      @RequestParam(required = false) ItemState state,
      @RequestParam(required = false) SubmissionState submissionState,
      @RequestParam(required = false) Long runId,
      @RequestParam(required = false) String periodType,
      @RequestParam(required = false) String periodId,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) String nationalCode,
      @RequestParam(required = false) String task,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return search.items(
        filter(
            submissionState,
            state,
            runId,
            periodType,
            periodId,
            source,
            nationalCode,
            task,
            from,
            to),
        page,
        size);
  }

  /** The item, the report as sent, every attempt, the acknowledgement and the source record. */
  @GetMapping("/api/items/{id}")
  ItemHistories.ItemDetail item(@PathVariable long id) {
    return histories.of(id).orElseThrow(() -> new NotFoundException("item", id));
  }

  /** Items FAILED or REJECTED (or of the given state) as CSV or XLSX, safe to open in Excel. */
  @GetMapping("/api/failures/export")
  void failures(
      @RequestParam(defaultValue = "CSV") ExportFormat format,
      @RequestParam(required = false) ItemState state,
      @RequestParam(required = false) Long runId,
      @RequestParam(required = false) String periodType,
      @RequestParam(required = false) String periodId,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) String nationalCode,
      @RequestParam(required = false) String task,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    download(response, format, "failures");
    exports.failures(
        filter(null, state, runId, periodType, periodId, source, nationalCode, task, from, to),
        format,
        response.getOutputStream());
  }

  /** The rows parked now, with the source values that caused each, as CSV or XLSX. */
  @GetMapping("/api/parked/export")
  void parked(@RequestParam(defaultValue = "CSV") ExportFormat format, HttpServletResponse response)
      throws IOException {
    download(response, format, "parked");
    exports.parked(format, response.getOutputStream());
  }

  private static void download(HttpServletResponse response, ExportFormat format, String name) {
    boolean xlsx = format == ExportFormat.XLSX;
    response.setContentType(xlsx ? TableExport.XLSX : TableExport.CSV);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".csv") + "\"");
  }

  private SubmissionFilter filter(
      SubmissionState submissionState,
      ItemState state,
      Long runId,
      String periodType,
      String periodId,
      String source,
      String nationalCode,
      String task,
      LocalDate from,
      LocalDate to) {
    return new SubmissionFilter(
        submissionState,
        state,
        runId,
        periodType,
        periodId,
        nationalCode,
        task,
        source == null ? null : records.idsOf(source),
        from,
        to);
  }
}

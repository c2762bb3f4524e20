package vn.nq57.sync.submission;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.support.NotFoundException;
import vn.nq57.sync.support.ResultPage;

/** Operator API on submissions: what was sent, and what the national system said of each item. */
@RestController
@RequestMapping("/api/submissions")
class SubmissionController {

  private final SubmissionSearch search;
  private final SourceRecordIds sources;

  SubmissionController(SubmissionSearch search, SourceRecordIds sources) {
    this.search = search;
    this.sources = sources;
  }

  /**
   * Submissions, newest first, filtered by state, run, period, source, national error code, task
   * (code or local reference), item state and creation day (yyyy-mm-dd, Vietnam time); a page of
   * {@code limit} (at most 500) from {@code page}; X-Total-Count says how many match.
   */
  @GetMapping
  ResponseEntity<List<SubmissionView>> list(
      @RequestParam(required = false) SubmissionState state,
      @RequestParam(required = false) Long runId,
      @RequestParam(required = false) String periodType,
      @RequestParam(required = false) String periodId,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) String nationalCode,
      @RequestParam(required = false) String task,
      @RequestParam(required = false) ItemState itemState,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int limit) {
    SubmissionFilter filter =
        new SubmissionFilter(
            state,
            itemState,
            runId,
            periodType,
            periodId,
            nationalCode,
            task,
            source == null ? null : sources.of(source),
            from,
            to);
    ResultPage<SubmissionView> found = search.submissions(filter, page, limit);
    return ResponseEntity.ok()
        .header("X-Total-Count", Long.toString(found.total()))
        .body(found.items());
  }

  @GetMapping("/{id}")
  SubmissionView get(@PathVariable long id) {
    return search.submission(id).orElseThrow(() -> new NotFoundException("submission", id));
  }
}

package vn.nq57.sync.run;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.support.NotFoundException;
import vn.nq57.sync.support.ResultPage;

/** Operator API on runs: start one now, read one with its counts, list and filter them. */
@RestController
@RequestMapping("/api/runs")
class RunController {

  private final SyncRunService service;
  private final RunQueries queries;
  private final RunRepository runs;

  RunController(SyncRunService service, RunQueries queries, RunRepository runs) {
    this.service = service;
    this.queries = queries;
    this.runs = runs;
  }

  @PostMapping
  ResponseEntity<RunView> start(@RequestBody(required = false) StartRequest request) {
    PeriodType type =
        request == null || request.period() == null ? PeriodType.DAY : request.period();
    long id = service.periodic(type, TriggerKind.MANUAL);
    return ResponseEntity.created(URI.create("/api/runs/" + id)).body(get(id));
  }

  @GetMapping("/{id}")
  RunView get(@PathVariable long id) {
    return queries.find(id).orElseThrow(() -> new NotFoundException("run", id));
  }

  /**
   * Runs, newest first, filtered by state, period, source and start day (yyyy-mm-dd, Vietnam time);
   * a page of {@code limit} (at most 500) from {@code page}; X-Total-Count says how many match.
   */
  @GetMapping
  ResponseEntity<List<RunView>> recent(
      @RequestParam(required = false) RunState state,
      @RequestParam(required = false) PeriodType periodType,
      @RequestParam(required = false) String periodId,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int limit) {
    ResultPage<RunView> runs =
        queries.find(new RunFilter(state, periodType, periodId, source, from, to), page, limit);
    return ResponseEntity.ok()
        .header("X-Total-Count", Long.toString(runs.total()))
        .body(runs.items());
  }

  @GetMapping("/{id}/parked")
  List<ParkedView> parked(@PathVariable long id) {
    get(id);
    return queries.parkedIn(id);
  }

  /** Body of POST /api/runs: which report to make now (DAY by default). */
  record StartRequest(PeriodType period) {}
}

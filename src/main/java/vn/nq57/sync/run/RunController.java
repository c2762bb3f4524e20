package vn.nq57.sync.run;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.submission.ReportKind;
import vn.nq57.sync.support.NotFoundException;

/** Operator API on runs: start one now, read one with its counts, list recent ones. */
@RestController
@RequestMapping("/api/runs")
class RunController {

  private final SyncRunService service;
  private final IndicatorRuns indicators;
  private final RunQueries queries;
  private final RunRepository runs;

  RunController(
      SyncRunService service, IndicatorRuns indicators, RunQueries queries, RunRepository runs) {
    this.service = service;
    this.indicators = indicators;
    this.queries = queries;
    this.runs = runs;
  }

  @PostMapping
  ResponseEntity<RunView> start(@RequestBody(required = false) StartRequest request) {
    PeriodType type =
        request == null || request.period() == null ? PeriodType.DAY : request.period();
    long id =
        request != null && request.kind() == ReportKind.INDICATOR_REPORT
            ? indicators.periodic(type, TriggerKind.MANUAL)
            : service.periodic(type, TriggerKind.MANUAL);
    return ResponseEntity.created(URI.create("/api/runs/" + id)).body(get(id));
  }

  @GetMapping("/{id}")
  RunView get(@PathVariable long id) {
    return queries.find(id).orElseThrow(() -> new NotFoundException("run", id));
  }

  @GetMapping
  List<RunView> recent(@RequestParam(defaultValue = "20") int limit) {
    return queries.recent(Math.min(Math.max(limit, 1), 200));
  }

  @GetMapping("/{id}/parked")
  List<ParkedRecord> parked(@PathVariable long id) {
    get(id);
    return runs.parked(id);
  }

  /**
   * Body of POST /api/runs: which report to make now, for which period type (DAY by default); kind
   * INDICATOR_REPORT makes the indicator report (TASK_REPORT by default).
   */
  record StartRequest(PeriodType period, ReportKind kind) {}
}

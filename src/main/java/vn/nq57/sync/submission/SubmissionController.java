package vn.nq57.sync.submission;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.support.NotFoundException;

/** Operator API on submissions: what was sent, and what the national system said of each item. */
@RestController
@RequestMapping("/api/submissions")
class SubmissionController {

  private final SubmissionQueries queries;

  SubmissionController(SubmissionQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  List<SubmissionView> list(
      @RequestParam(required = false) SubmissionState state,
      @RequestParam(required = false) Long runId,
      @RequestParam(required = false) ReportKind kind,
      @RequestParam(defaultValue = "50") int limit) {
    return queries.list(state, runId, kind, Math.min(Math.max(limit, 1), 500));
  }

  @GetMapping("/{id}")
  SubmissionView get(@PathVariable long id) {
    return queries.find(id).orElseThrow(() -> new NotFoundException("submission", id));
  }
}

package vn.nq57.sync.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.support.RefuseUnknownFields;
import vn.nq57.sync.support.ResultPage;

/**
 * Operator API on replays: a dry run or a job (201, followed at {@code /api/replays/{id}}), the
 * list of jobs, and pausing, resuming or cancelling one.
 */
@RestController
@RequestMapping("/api/replays")
class ReplayController {

  private final ReplayJobs jobs;

  ReplayController(ReplayJobs jobs) {
    this.jobs = jobs;
  }

  /** A dry run answers 200 with what would be sent; otherwise 201 with the new job. */
  @PostMapping
  ResponseEntity<Object> replay(@Valid @RequestBody ReplayRequest request, Principal who) {
    if (request.dryRun()) {
      return ResponseEntity.ok(jobs.dryRun(request, who.getName()));
    }
    ReplayJobView job = jobs.start(request, who.getName());
    return ResponseEntity.created(URI.create("/api/replays/" + job.id())).body(job);
  }

  @GetMapping
  ResultPage<ReplayJobView> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return jobs.list(page, size);
  }

  @GetMapping("/{id}")
  ReplayJobView get(@PathVariable long id) {
    return jobs.get(id);
  }

  @PostMapping("/{id}/pause")
  ReplayJobView pause(
      @PathVariable long id, @Valid @RequestBody(required = false) Reason reason, Principal who) {
    return jobs.pause(id, who.getName(), Reason.of(reason));
  }

  @PostMapping("/{id}/resume")
  ReplayJobView resume(
      @PathVariable long id, @Valid @RequestBody(required = false) Reason reason, Principal who) {
    return jobs.resume(id, who.getName(), Reason.of(reason));
  }

  @PostMapping("/{id}/cancel")
  ReplayJobView cancel(
      @PathVariable long id, @Valid @RequestBody(required = false) Reason reason, Principal who) {
    return jobs.cancel(id, who.getName(), Reason.of(reason));
  }

  /** Why a job is paused, resumed or cancelled (optional, at most 500 characters). */
  @RefuseUnknownFields
  record Reason(@Size(max = 500) String reason) {

    static String of(Reason reason) {
      return reason == null ? null : reason.reason();
    }
  }
}

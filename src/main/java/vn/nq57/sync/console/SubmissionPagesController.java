package vn.nq57.sync.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.nq57.sync.run.RunQueries;
import vn.nq57.sync.submission.SubmissionFilter;
import vn.nq57.sync.submission.SubmissionSearch;
import vn.nq57.sync.submission.SubmissionState;
import vn.nq57.sync.support.NotFoundException;

/** Submissions and runs to read: a filtered list, one submission with its items and history. */
@Controller
@RequestMapping("/console")
class SubmissionPagesController {

  private final SubmissionSearch submissions;
  private final RunQueries runs;

  SubmissionPagesController(SubmissionSearch submissions, RunQueries runs) {
    this.submissions = submissions;
    this.runs = runs;
  }

  @GetMapping("/submissions")
  String list(
      @RequestParam(required = false) SubmissionState state,
      @RequestParam(required = false) Long runId,
      Model model) {
    model.addAttribute("states", SubmissionState.values());
    model.addAttribute("state", state);
    model.addAttribute("runId", runId);
    SubmissionFilter filter =
        new SubmissionFilter(state, null, runId, null, null, null, null, null, null, null);
    model.addAttribute("submissions", submissions.submissions(filter, 0, 200).items());
    return "console/submissions";
  }

  @GetMapping("/submissions/{id}")
  String submission(@PathVariable long id, Model model) {
    model.addAttribute(
        "s", submissions.submission(id).orElseThrow(() -> new NotFoundException("submission", id)));
    return "console/submission";
  }

  @GetMapping("/runs/{id}")
  String run(@PathVariable long id, Model model) {
    model.addAttribute("run", runs.find(id).orElseThrow(() -> new NotFoundException("run", id)));
    model.addAttribute("parked", ParkedAdvice.all(runs.parkedIn(id)));
    return "console/run";
  }
}

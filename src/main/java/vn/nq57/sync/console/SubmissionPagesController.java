package vn.nq57.sync.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.nq57.sync.run.RunQueries;
import vn.nq57.sync.submission.SubmissionQueries;
import vn.nq57.sync.submission.SubmissionState;
import vn.nq57.sync.support.NotFoundException;

/** Submissions and runs to read: a filtered list, one submission with its items and history. */
@Controller
@RequestMapping("/console")
class SubmissionPagesController {

  private final SubmissionQueries submissions;
  private final RunQueries runs;

  SubmissionPagesController(SubmissionQueries submissions, RunQueries runs) {
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
    model.addAttribute("submissions", submissions.list(state, runId, 200));
    return "console/submissions";
  }

  @GetMapping("/submissions/{id}")
  String submission(@PathVariable long id, Model model) {
    model.addAttribute(
        "s", submissions.find(id).orElseThrow(() -> new NotFoundException("submission", id)));
    return "console/submission";
  }

  @GetMapping("/runs/{id}")
  String run(@PathVariable long id, Model model) {
    model.addAttribute("run", runs.find(id).orElseThrow(() -> new NotFoundException("run", id)));
    model.addAttribute("parked", runs.parked(id));
    return "console/run";
  }
}

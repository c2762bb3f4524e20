package vn.nq57.sync.console;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nq57.sync.operations.ReplayMode;
import vn.nq57.sync.run.RunQueries;
import vn.nq57.sync.submission.SubmissionFilter;
import vn.nq57.sync.submission.SubmissionSearch;
import vn.nq57.sync.submission.SubmissionState;
import vn.nq57.sync.support.OperatorRefusalException;

/**
 * What needs a person: FAILED submissions (with single and bulk replay, dry run first) and the rows
 * parked now, each in plain language with what to do.
 */
@Controller
@RequestMapping("/console")
class FailuresController {

  static final int REASON_MAX = 500;

  private final SubmissionSearch submissions;
  private final RunQueries runs;
  private final ReplayDesk desk;

  FailuresController(SubmissionSearch submissions, RunQueries runs, ReplayDesk desk) {
    this.submissions = submissions;
    this.runs = runs;
    this.desk = desk;
  }

  @GetMapping("/failures")
  String failures(Model model) {
    model.addAttribute(
        "failed",
        submissions
            .submissions(SubmissionFilter.ALL.withState(SubmissionState.FAILED), 0, 200)
            .items());
    model.addAttribute("parked", ParkedAdvice.all(runs.currentlyParked()));
    return "console/failures";
  }

  /** The dry run: nothing changes; the page asks for the reason before the replay. */
  @GetMapping("/replay")
  String dryRun(
      @RequestParam(name = "ids", required = false) List<Long> ids,
      @RequestParam(defaultValue = "RESEND") ReplayMode mode,
      Principal user,
      Model model) {
    return plan(ids, mode, user, model);
  }

  private String plan(List<Long> ids, ReplayMode mode, Principal user, Model model) {
    List<Long> selected = ids == null ? List.of() : ids;
    model.addAttribute("selected", selected);
    model.addAttribute("mode", mode);
    model.addAttribute("reasonMax", REASON_MAX);
    if (!selected.isEmpty()) {
      model.addAttribute("plan", desk.dryRun(selected, mode, user.getName()));
    }
    return "console/replay";
  }

  @PostMapping("/replay")
  String replay(
      @RequestParam(name = "ids", required = false) List<Long> ids,
      @RequestParam ReplayMode mode,
      @RequestParam(defaultValue = "") String reason,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    List<Long> selected = ids == null ? List.of() : ids;
    String why = reason.strip();
    if (why.isEmpty() || why.length() > REASON_MAX) {
      model.addAttribute(
          "reasonError", why.isEmpty() ? "replay.reason.required" : "replay.reason.long");
      return plan(selected, mode, user, model);
    }
    try {
      redirect.addFlashAttribute("job", desk.replay(selected, mode, why, user.getName()));
    } catch (OperatorRefusalException refused) {
      redirect.addFlashAttribute("replayRefused", refused.getMessage());
    }
    return "redirect:/console/failures";
  }
}

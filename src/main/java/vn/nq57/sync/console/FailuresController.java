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
import vn.nq57.sync.run.RunQueries;
import vn.nq57.sync.submission.SubmissionQueries;
import vn.nq57.sync.submission.SubmissionState;

/**
 * What needs a person: FAILED submissions (with single and bulk replay, dry run first) and the rows
 * parked now, each in plain language with what to do.
 */
@Controller
@RequestMapping("/console")
class FailuresController {

  static final int REASON_MAX = 500;

  private final SubmissionQueries submissions;
  private final RunQueries runs;
  private final ReplayDesk desk;

  FailuresController(SubmissionQueries submissions, RunQueries runs, ReplayDesk desk) {
    this.submissions = submissions;
    this.runs = runs;
    this.desk = desk;
  }

  @GetMapping("/failures")
  String failures(Model model) {
    model.addAttribute("failed", submissions.list(SubmissionState.FAILED, null, 200));
    model.addAttribute("parked", ParkedView.all(runs.parkedNow()));
    return "console/failures";
  }

  /** The dry run: nothing changes; the page asks for the reason before the replay. */
  @GetMapping("/replay")
  String dryRun(
      @RequestParam(name = "ids", required = false) List<Long> ids,
      @RequestParam(defaultValue = "RESEND") ReplayDesk.Mode mode,
      Model model) {
    model.addAttribute("plan", desk.dryRun(ids == null ? List.of() : ids, mode));
    model.addAttribute("reasonMax", REASON_MAX);
    return "console/replay";
  }

  @PostMapping("/replay")
  String replay(
      @RequestParam(name = "ids", required = false) List<Long> ids,
      @RequestParam ReplayDesk.Mode mode,
      @RequestParam(defaultValue = "") String reason,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    List<Long> selected = ids == null ? List.of() : ids;
    String why = reason.strip();
    if (why.isEmpty() || why.length() > REASON_MAX) {
      model.addAttribute("plan", desk.dryRun(selected, mode));
      model.addAttribute("reasonMax", REASON_MAX);
      model.addAttribute(
          "reasonError", why.isEmpty() ? "replay.reason.required" : "replay.reason.long");
      return "console/replay";
    }
    List<Long> replayed = desk.replay(selected, mode, why, user.getName());
    redirect.addFlashAttribute("replayed", replayed);
    return "redirect:/console/failures";
  }
}

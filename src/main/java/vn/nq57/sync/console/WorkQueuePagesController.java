package vn.nq57.sync.console;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nq57.sync.mappingstore.InvalidMappingException;
import vn.nq57.sync.mappingstore.MappingWork;
import vn.nq57.sync.mappingstore.VersionConflictException;

/**
 * The work queue of source values no mapping understands (admins say what each means), and the
 * crosswalk proposals: an admin pastes the national task list, picks a proposed code per local task
 * and confirms the picks as a new active version of the crosswalk.
 */
@Controller
@RequestMapping("/console/mappings")
class WorkQueuePagesController {

  private static final String TASK_PREFIX = "task.";

  private final MappingWork work;

  WorkQueuePagesController(MappingWork work) {
    this.work = work;
  }

  @GetMapping("/work-queue")
  String queue(Model model) {
    model.addAttribute("values", work.openValues());
    return "console/work-queue";
  }

  @PostMapping("/work-queue/{item}/resolve")
  String resolve(
      @PathVariable long item,
      @RequestParam(defaultValue = "") String target,
      @RequestParam(defaultValue = "") String reason,
      Principal user,
      RedirectAttributes flash) {
    if (target.isBlank() || reason.isBlank() || target.length() > 500 || reason.length() > 500) {
      flash.addFlashAttribute("queueError", "queue.fields.required");
    } else {
      try {
        flash.addFlashAttribute(
            "resolved",
            work.resolveValue(item, target.strip(), reason.strip(), user.getName()).version());
      } catch (VersionConflictException | InvalidMappingException e) {
        flash.addFlashAttribute("queueProblem", e.getMessage());
      }
    }
    return "redirect:/console/mappings/work-queue";
  }

  @GetMapping("/{id}/crosswalk")
  String crosswalk(@PathVariable String id, Model model) {
    model.addAttribute("id", id);
    return "console/crosswalk";
  }

  @PostMapping("/{id}/crosswalk/proposals")
  String proposals(@PathVariable String id, @RequestParam String nationalTasks, Model model) {
    model.addAttribute("id", id);
    model.addAttribute("nationalTasks", nationalTasks);
    NationalTaskList.Parsed parsed = NationalTaskList.parse(nationalTasks);
    if (!parsed.problems().isEmpty() || parsed.tasks().isEmpty()) {
      model.addAttribute("listProblems", parsed.problems());
      return "console/crosswalk";
    }
    model.addAttribute("proposals", work.proposeCrosswalk(id, parsed.tasks()));
    return "console/crosswalk";
  }

  /** Each form field {@code task.<localRef>} holds the code the admin picked (or nothing). */
  @PostMapping("/{id}/crosswalk/confirm")
  String confirm(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Principal user,
      RedirectAttributes flash) {
    List<MappingWork.Link> links = new ArrayList<>();
    form.forEach(
        (name, code) -> {
          if (name.startsWith(TASK_PREFIX) && !code.isBlank()) {
            links.add(new MappingWork.Link(name.substring(TASK_PREFIX.length()), code.strip()));
          }
        });
    String reason = form.getOrDefault("reason", "").strip();
    if (links.isEmpty() || reason.isEmpty() || reason.length() > FailuresController.REASON_MAX) {
      flash.addFlashAttribute("changeError", "crosswalk.confirm.required");
      return "redirect:/console/mappings/" + id + "/crosswalk";
    }
    try {
      flash.addFlashAttribute(
          "activated", work.confirmCrosswalk(id, links, reason, user.getName()).version());
    } catch (VersionConflictException | InvalidMappingException e) {
      flash.addFlashAttribute("changeProblem", e.getMessage());
    }
    return "redirect:/console/mappings/" + id;
  }
}

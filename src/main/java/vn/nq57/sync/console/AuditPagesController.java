package vn.nq57.sync.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.nq57.sync.access.Audit;
import vn.nq57.sync.access.AuditAction;
import vn.nq57.sync.access.AuditFilter;

/** The audit log for admins: who did what and why, newest first, by user and action. */
@Controller
class AuditPagesController {

  private static final int PAGE_SIZE = 100;

  private final Audit audit;

  AuditPagesController(Audit audit) {
    this.audit = audit;
  }

  @GetMapping("/console/audit")
  String audit(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) AuditAction action,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String who = actor == null || actor.isBlank() ? null : actor.strip();
    model.addAttribute("actor", who);
    model.addAttribute("action", action);
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute(
        "entries",
        audit.find(new AuditFilter(who, action, null, null), Math.max(page, 0), PAGE_SIZE));
    return "console/audit";
  }
}

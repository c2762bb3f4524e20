package vn.nq57.sync.console;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nq57.sync.mappingstore.InvalidMappingException;
import vn.nq57.sync.mappingstore.MappingVersion;
import vn.nq57.sync.mappingstore.MappingWork;
import vn.nq57.sync.mappingstore.VersionConflictException;

/**
 * Mapping work: everyone reads the mappings, their history and diffs; admins edit the YAML (errors
 * shown at their line), preview a version against the stored records next to the active one,
 * activate it and roll back.
 */
@Controller
@RequestMapping("/console/mappings")
class MappingPagesController {

  static final int YAML_MAX = 100_000;
  private static final int PREVIEW_ROWS = 200;

  private final MappingWork work;

  MappingPagesController(MappingWork work) {
    this.work = work;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("mappings", work.mappings());
    return "console/mappings";
  }

  @GetMapping("/{id}")
  String history(@PathVariable String id, Model model) {
    model.addAttribute("id", id);
    model.addAttribute("versions", work.versions(id));
    model.addAttribute("active", work.activeVersion(id).orElse(null));
    return "console/mapping";
  }

  @GetMapping("/{id}/versions/{n}")
  String version(@PathVariable String id, @PathVariable int n, Model model) {
    model.addAttribute("v", work.version(id, n));
    model.addAttribute("diff", DiffLines.of(work.version(id, n).diff()));
    return "console/version";
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable String id, @RequestParam(required = false) Integer from, Model model) {
    MappingVersion base =
        from != null ? work.version(id, from) : work.activeVersion(id).orElse(null);
    model.addAttribute("id", id);
    model.addAttribute("base", base);
    model.addAttribute("yaml", base == null ? "" : base.mappingYaml());
    model.addAttribute("yamlMax", YAML_MAX);
    return "console/edit";
  }

  @PostMapping("/{id}/drafts")
  String draft(
      @PathVariable String id,
      @RequestParam String yaml,
      @RequestParam(defaultValue = "") String reason,
      Principal user,
      Model model) {
    String why = reason.strip();
    model.addAttribute("id", id);
    model.addAttribute("yaml", yaml);
    model.addAttribute("reason", reason);
    model.addAttribute("yamlMax", YAML_MAX);
    if (why.isEmpty() || why.length() > FailuresController.REASON_MAX) {
      model.addAttribute("formError", "mapping.reason.required");
      return "console/edit";
    }
    if (yaml.isBlank() || yaml.length() > YAML_MAX) {
      model.addAttribute("formError", "mapping.yaml.size");
      return "console/edit";
    }
    try {
      MappingVersion v = work.draft(id, yaml, why, user.getName());
      return "redirect:/console/mappings/" + id + "/versions/" + v.version() + "/preview";
    } catch (InvalidMappingException e) {
      model.addAttribute("errors", e.errors());
      model.addAttribute("numbered", NumberedLines.of(yaml, e.errors()));
      return "console/edit";
    } catch (VersionConflictException e) {
      model.addAttribute("conflict", e.getMessage());
      return "console/edit";
    }
  }

  @GetMapping("/{id}/versions/{n}/preview")
  String preview(@PathVariable String id, @PathVariable int n, Model model) {
    MappingVersion v = work.version(id, n);
    model.addAttribute("v", v);
    try {
      model.addAttribute("preview", work.preview(id, n, PREVIEW_ROWS));
    } catch (InvalidMappingException e) {
      model.addAttribute("errors", e.errors());
    }
    return "console/preview";
  }

  @PostMapping("/{id}/versions/{n}/activate")
  String activate(
      @PathVariable String id,
      @PathVariable int n,
      @RequestParam(defaultValue = "") String reason,
      Principal user,
      RedirectAttributes flash) {
    return change(id, flash, reason, why -> work.activate(id, n, user.getName(), why));
  }

  @PostMapping("/{id}/rollback")
  String rollback(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      Principal user,
      RedirectAttributes flash) {
    return change(id, flash, reason, why -> work.rollback(id, user.getName(), why));
  }

  private String change(
      String id,
      RedirectAttributes flash,
      String reason,
      java.util.function.Function<String, MappingVersion> action) {
    String why = reason.strip();
    if (why.isEmpty() || why.length() > FailuresController.REASON_MAX) {
      flash.addFlashAttribute("changeError", "mapping.reason.required");
    } else {
      try {
        flash.addFlashAttribute("activated", action.apply(why).version());
      } catch (VersionConflictException | InvalidMappingException e) {
        flash.addFlashAttribute("changeProblem", e.getMessage());
      }
    }
    return "redirect:/console/mappings/" + id;
  }
}

package vn.nq57.sync.mappingstore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.mappingstore.MappingPreview.Preview;

/**
 * Changing mappings (admins only, by the security configuration): drafts, validation, preview,
 * activation, roll-back and re-import of the mappings folder. The author is the signed-in user.
 */
@RestController
@Validated
@RequestMapping("/api/mappings")
class MappingEditController {

  private final VersionWorkflow workflow;
  private final MappingPreview preview;
  private final MappingVersions active;
  private final MappingFileImport files;

  MappingEditController(
      VersionWorkflow workflow,
      MappingPreview preview,
      MappingVersions active,
      MappingFileImport files) {
    this.workflow = workflow;
    this.preview = preview;
    this.active = active;
    this.files = files;
  }

  @PostMapping("/{id}/drafts")
  ResponseEntity<VersionView> draft(
      @PathVariable String id, @Valid @RequestBody DraftRequest body, Principal user) {
    MappingVersion v =
        workflow.draft(
            new VersionWorkflow.Draft(
                id, body.yaml(), body.crosswalk(), body.reason(), user.getName()),
            false);
    return ResponseEntity.created(URI.create("/api/mappings/" + id + "/versions/" + v.version()))
        .body(VersionView.detail(v));
  }

  /** 200 with warnings when the version is valid; a 422 problem naming each error otherwise. */
  @PostMapping("/{id}/versions/{n}/validate")
  ValidationView validate(@PathVariable String id, @PathVariable int n) {
    Validation check = workflow.validate(workflow.find(id, n));
    if (!check.valid()) {
      throw new InvalidMappingException(id, n, check.errors());
    }
    return new ValidationView(true, check.warnings());
  }

  @PostMapping("/{id}/versions/{n}/preview")
  Preview preview(
      @PathVariable String id,
      @PathVariable int n,
      @RequestParam(defaultValue = "50") @Min(0) @Max(1000) int limit,
      @RequestParam(defaultValue = "false") boolean changedOnly) {
    MappingVersion v = workflow.find(id, n);
    if (v.kind() != MappingKind.TASK) {
      throw new VersionConflictException(
          "preview-needs-task-mapping",
          ("Version %d of '%s' is an %s; preview maps records with task mappings. Activate it and"
                  + " preview the task mapping that names it, or validate it.")
              .formatted(n, id, v.kind()));
    }
    Validation check = workflow.validate(v);
    if (!check.valid()) {
      throw new InvalidMappingException(id, n, check.errors());
    }
    return preview.preview(
        v, check.mapping(), active.activeIfAny(id).orElse(null), limit, changedOnly);
  }

  @PostMapping("/{id}/versions/{n}/activate")
  VersionView activate(
      @PathVariable String id,
      @PathVariable int n,
      @Valid @RequestBody ReasonRequest body,
      Principal user) {
    return VersionView.summary(workflow.activate(id, n, user.getName(), body.reason(), "ACTIVATE"));
  }

  @PostMapping("/{id}/rollback")
  VersionView rollback(
      @PathVariable String id, @Valid @RequestBody ReasonRequest body, Principal user) {
    return VersionView.summary(workflow.rollback(id, user.getName(), body.reason()));
  }

  /** Imports changed files of the mappings folder now, as at start-up. */
  @PostMapping("/import")
  List<VersionView> importFiles() {
    return files.importAll().stream().map(VersionView::summary).toList();
  }

  /**
   * A new version.
   *
   * @param yaml the mapping YAML, at most 100,000 characters
   * @param crosswalk the crosswalk YAML, at most 500,000 characters; null keeps the crosswalk of
   *     the latest version
   * @param reason why, at most 500 characters
   */
  record DraftRequest(
      @NotBlank @Size(max = 100_000) String yaml,
      @Size(max = 500_000) String crosswalk,
      @NotBlank @Size(max = 500) String reason) {}

  /** Why a version is activated or rolled back, at most 500 characters. */
  record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}

  record ValidationView(boolean valid, List<DefinitionError> warnings) {}
}

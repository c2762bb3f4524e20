package vn.nq57.sync.mappingstore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.mapping.CrosswalkProposer.CatalogueTask;
import vn.nq57.sync.mapping.CrosswalkProposer.Proposal;
import vn.nq57.sync.mappingstore.CrosswalkConfirmations.Confirmation;
import vn.nq57.sync.mappingstore.CrosswalkProposals.Unmatched;

/**
 * Crosswalk proposals: the local tasks of a mapping that cannot be sent for their task code, with
 * the national tasks of the cached catalogue whose titles are most similar (GET), or ranked against
 * a task list the admin supplies (POST); an admin confirms links, which become a new mapping
 * version with author and reason.
 */
@RestController
@RequestMapping("/api/mappings/{id}/crosswalk")
class CrosswalkProposalController {

  /** More tasks than any unit is assigned; a larger body is a wrong file. */
  static final int MAX_TASKS = 5000;

  private final CrosswalkProposals proposals;
  private final CrosswalkConfirmations confirmations;

  CrosswalkProposalController(CrosswalkProposals proposals, CrosswalkConfirmations confirmations) {
    this.proposals = proposals;
    this.confirmations = confirmations;
  }

  /** Unmatched local tasks with their candidates from the cached national catalogue. */
  @GetMapping("/proposals")
  Unmatched unmatched(@PathVariable String id) {
    return proposals.unmatched(id);
  }

  @PostMapping("/proposals")
  List<Proposal> propose(
      @PathVariable String id,
      @RequestBody @NotEmpty @Size(max = MAX_TASKS) List<@Valid NationalTask> nationalTasks) {
    return proposals.propose(
        id, nationalTasks.stream().map(t -> new CatalogueTask(t.code(), t.title())).toList());
  }

  /** Adds the confirmed links to the crosswalk as a new version (activated when asked). */
  @PostMapping("/confirmations")
  ResponseEntity<VersionView> confirm(
      @PathVariable String id, @Valid @RequestBody ConfirmRequest body, Principal user) {
    MappingVersion v =
        confirmations.confirm(
            id,
            body.links().stream().map(l -> new Confirmation(l.localRef(), l.taskCode())).toList(),
            body.reason(),
            user.getName(),
            body.activate());
    return ResponseEntity.created(URI.create("/api/mappings/" + id + "/versions/" + v.version()))
        .body(VersionView.detail(v));
  }

  /**
   * A task of the national catalogue as the admin exported it.
   *
   * @param code the national task code, e.g. {@code NQ57.KL.PL1.01}
   */
  record NationalTask(
      @NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 2000) String title) {}

  /**
   * Links to confirm.
   *
   * @param links one to 1,000 links local task → national task code
   * @param reason why, at most 500 characters; stored with the version
   * @param activate whether the new version becomes active at once (otherwise a DRAFT to preview)
   */
  record ConfirmRequest(
      @NotEmpty @Size(max = 1000) List<@Valid Link> links,
      @NotBlank @Size(max = 500) String reason,
      boolean activate) {}

  /**
   * @param localRef the local task, e.g. {@code PL1:4488504281948109}
   * @param taskCode the national task code, e.g. {@code NQ57.KL.PL1.01}
   */
  record Link(
      @NotBlank @Size(max = 128) String localRef, @NotBlank @Size(max = 64) String taskCode) {}
}

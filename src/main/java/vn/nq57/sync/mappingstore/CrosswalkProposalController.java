package vn.nq57.sync.mappingstore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.mapping.CrosswalkProposer.CatalogueTask;
import vn.nq57.sync.mapping.CrosswalkProposer.Proposal;

/**
 * Crosswalk proposals (admins): the body is the national task list of the reporting unit as the
 * admin exported it; the answer ranks, for each local task the mapping's crosswalk lacks, the
 * national tasks with the most similar titles. The admin confirms links by editing the crosswalk.
 */
@RestController
@RequestMapping("/api/mappings/{id}/crosswalk/proposals")
class CrosswalkProposalController {

  /** More tasks than any unit is assigned; a larger body is a wrong file. */
  static final int MAX_TASKS = 5000;

  private final CrosswalkProposals proposals;

  CrosswalkProposalController(CrosswalkProposals proposals) {
    this.proposals = proposals;
  }

  @PostMapping
  List<Proposal> propose(
      @PathVariable String id,
      @RequestBody @NotEmpty @Size(max = MAX_TASKS) List<@Valid NationalTask> nationalTasks) {
    return proposals.propose(
        id, nationalTasks.stream().map(t -> new CatalogueTask(t.code(), t.title())).toList());
  }

  /**
   * A task of the national catalogue as the admin exported it.
   *
   * @param code the national task code, e.g. {@code NQ57.KL.PL1.01}
   */
  record NationalTask(
      @NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 2000) String title) {}
}

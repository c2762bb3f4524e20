package vn.nq57.sync.mappingstore;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import vn.nq57.sync.mapping.CrosswalkProposer.CatalogueTask;
import vn.nq57.sync.mapping.CrosswalkProposer.Proposal;
import vn.nq57.sync.mappingstore.UnmappedValueRepository.UnmappedValue;

/**
 * The mapping work of an administrator in one place, for callers outside this module (the web
 * console): the same operations as {@code /api/mappings}, with the same checks and the same
 * records. Whoever calls a changing method has checked that the user is an admin.
 */
@Service
public class MappingWork {

  private final MappingVersionRepository versions;
  private final MappingSources sources;
  private final VersionWorkflow workflow;
  private final MappingPreview preview;
  private final MappingVersions active;
  private final UnmappedValues unmapped;
  private final CrosswalkProposals proposals;
  private final CrosswalkConfirmations confirmations;

  MappingWork(
      MappingVersionRepository versions,
      MappingSources sources,
      VersionWorkflow workflow,
      MappingPreview preview,
      MappingVersions active,
      UnmappedValues unmapped,
      CrosswalkProposals proposals,
      CrosswalkConfirmations confirmations) {
    this.versions = versions;
    this.sources = sources;
    this.workflow = workflow;
    this.preview = preview;
    this.active = active;
    this.unmapped = unmapped;
    this.proposals = proposals;
    this.confirmations = confirmations;
  }

  /** Every mapping a source uses or the store holds, by id. */
  public List<Summary> mappings() {
    TreeSet<String> ids = new TreeSet<>(versions.mappingIds());
    ids.addAll(sources.mappingIds());
    return ids.stream()
        .map(
            id ->
                new Summary(
                    id,
                    versions.active(id).map(MappingVersion::version).orElse(null),
                    versions.latest(id).map(MappingVersion::version).orElse(null),
                    sources.sourceIds(id)))
        .toList();
  }

  /** Every version of the mapping, newest first as the store lists them. */
  public List<MappingVersion> versions(String mappingId) {
    return versions.all(mappingId);
  }

  public Optional<MappingVersion> activeVersion(String mappingId) {
    return versions.active(mappingId);
  }

  /** One version; {@link vn.nq57.sync.support.NotFoundException} when there is none. */
  public MappingVersion version(String mappingId, int number) {
    return workflow.find(mappingId, number);
  }

  /**
   * Stores a new DRAFT from the edited YAML, keeping the crosswalk of the latest version.
   *
   * @throws InvalidMappingException with every error's line when the YAML is not a valid mapping
   * @throws VersionConflictException when a version with this content exists
   */
  public MappingVersion draft(String mappingId, String yaml, String reason, String author) {
    return workflow.draft(new VersionWorkflow.Draft(mappingId, yaml, null, reason, author), false);
  }

  /**
   * The version mapped over the stored records, next to the active version.
   *
   * @throws InvalidMappingException when the version is not valid
   */
  public MappingPreview.Preview preview(String mappingId, int number, int limit) {
    MappingVersion v = workflow.find(mappingId, number);
    Validation check = workflow.validate(v);
    if (!check.valid()) {
      throw new InvalidMappingException(mappingId, number, check.errors());
    }
    return preview.preview(
        v, check.mapping(), active.activeIfAny(mappingId).orElse(null), limit, false);
  }

  public MappingVersion activate(String mappingId, int number, String actor, String reason) {
    return workflow.activate(mappingId, number, actor, reason, "ACTIVATE");
  }

  public MappingVersion rollback(String mappingId, String actor, String reason) {
    return workflow.rollback(mappingId, actor, reason);
  }

  /** The open items of the work queue of unmapped values. */
  public List<UnmappedValue> openValues() {
    return unmapped.open();
  }

  /** Adds the value to its value map as a new active version; answers that version. */
  public MappingVersion resolveValue(long itemId, String target, String reason, String actor) {
    return unmapped.resolve(itemId, target, reason, actor);
  }

  /** National codes proposed for the local tasks the active crosswalk lacks. */
  public List<Proposal> proposeCrosswalk(String mappingId, List<CatalogueTask> nationalTasks) {
    return proposals.propose(mappingId, nationalTasks);
  }

  /**
   * Confirms proposed links as {@code POST /api/mappings/{id}/crosswalk/confirmations} does: a new
   * version whose crosswalk links each local key to its national code (comments kept), checked
   * against the cached catalogue and activated at once.
   */
  public MappingVersion confirmCrosswalk(
      String mappingId, List<Link> links, String reason, String actor) {
    return confirmations.confirm(
        mappingId,
        links.stream()
            .map(l -> new CrosswalkConfirmations.Confirmation(l.localRef(), l.taskCode()))
            .toList(),
        reason,
        actor,
        true);
  }

  /**
   * A mapping as listed.
   *
   * @param activeVersion null when no version is active
   * @param sources the configured sources that map their records with it
   */
  public record Summary(
      String id, Integer activeVersion, Integer latestVersion, List<String> sources) {}

  /** A confirmed crosswalk link: the local task key and its national task code. */
  public record Link(String localRef, String taskCode) {}
}

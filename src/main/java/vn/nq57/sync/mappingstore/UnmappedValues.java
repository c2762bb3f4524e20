package vn.nq57.sync.mappingstore;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.mapping.VietnameseText;
import vn.nq57.sync.mappingstore.MappingVersions.ActiveMapping;
import vn.nq57.sync.mappingstore.UnmappedValueRepository.UnmappedValue;
import vn.nq57.sync.source.Headers;
import vn.nq57.sync.source.SourceRow;
import vn.nq57.sync.support.NotFoundException;
import vn.nq57.sync.support.VietnamTime;

/**
 * The work queue of unmapped source values: a new status spelling (field {@code status}, queued
 * under the task mapping) or a new agency name (field {@code agency}, queued under the agency map).
 * An admin resolves an item by naming its target; that adds the value to the status value map, or
 * to the agency map as a unit's variant or a group, as a new active version that keeps the
 * document's comments; the parked rows go out on the next run, which maps stored records again.
 */
@Service
public class UnmappedValues {

  static final String STATUS_UNMAPPED = "STATUS_UNMAPPED";
  static final String STATUS = "status";
  static final String AGENCY = "agency";

  private final UnmappedValueRepository queue;
  private final MappingVersionRepository versions;
  private final VersionWorkflow workflow;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Map<Long, String> statusFieldOfVersion = new ConcurrentHashMap<>();

  UnmappedValues(
      UnmappedValueRepository queue,
      MappingVersionRepository versions,
      VersionWorkflow workflow,
      TransactionTemplate tx,
      Clock clock) {
    this.queue = queue;
    this.versions = versions;
    this.workflow = workflow;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Records that a source value has no entry in a value map.
   *
   * @param field the mapping part whose valueMap lacks it, e.g. {@code status}
   * @param location where the value was seen, e.g. {@code bao-cao.csv row 12}
   */
  public void recordUnmapped(String mappingId, String field, String rawValue, String location) {
    String normalised = VietnameseText.normalise(rawValue);
    if (!normalised.isEmpty()) {
      queue.record(
          mappingId,
          field,
          normalised,
          VietnameseText.clean(rawValue),
          location,
          VietnamTime.now(clock));
    }
  }

  /**
   * Records the values behind a parked outcome that are unmapped: a status wording ({@code
   * STATUS_UNMAPPED}, read from the row's status field) and an agency name the agency map lacks
   * (queued under the agency map's id); other problems are ignored.
   */
  public void recordParked(ActiveMapping mapping, SourceRow row, MappingOutcome.Parked parked) {
    mapping
        .mapping()
        .unknownAgency(row)
        .ifPresent(
            a ->
                recordUnmapped(
                    SharedDocuments.mappingIdOf(a.agencyMap()),
                    AGENCY,
                    a.wording(),
                    row.location()));
    if (!STATUS_UNMAPPED.equals(parked.code())) {
      return;
    }
    String from = statusFieldOfVersion.computeIfAbsent(mapping.versionId(), this::statusField);
    String header = Headers.normalise(from);
    row.fields().entrySet().stream()
        .filter(f -> Headers.normalise(f.getKey()).equals(header))
        .findFirst()
        .ifPresent(
            f -> recordUnmapped(mapping.mapping().id(), STATUS, f.getValue(), row.location()));
  }

  List<UnmappedValue> open() {
    return queue.open();
  }

  /**
   * Adds the item's value to its value map (or agency map) as a new active version and closes the
   * item.
   */
  MappingVersion resolve(long id, String target, String reason, String actor) {
    return tx.execute(
        status -> {
          UnmappedValue item =
              queue.find(id).orElseThrow(() -> new NotFoundException("work-queue item", id));
          if (!"OPEN".equals(item.state())) {
            throw new VersionConflictException(
                "work-queue-item-resolved", "Work-queue item " + id + " is already resolved.");
          }
          MappingVersion active =
              versions
                  .active(item.mappingId())
                  .orElseThrow(
                      () -> new NotFoundException("active version of mapping", item.mappingId()));
          String yaml =
              AGENCY.equals(item.field())
                  ? AgencyMapEditor.add(active.mappingYaml(), item.rawExample(), target)
                  : ValueMapEditor.put(
                      active.mappingYaml(), item.field(), item.rawExample(), target);
          String why =
              "%s '%s' → %s: %s".formatted(item.field(), item.rawExample(), target, reason);
          MappingVersion draft =
              workflow.draft(
                  new VersionWorkflow.Draft(
                      item.mappingId(), yaml, active.crosswalkYaml(), why, actor),
                  false);
          MappingVersion resolved =
              workflow.activate(item.mappingId(), draft.version(), actor, why, "RESOLVE");
          queue.resolve(id, target, actor, reason, resolved.id(), VietnamTime.now(clock));
          return resolved;
        });
  }

  private String statusField(long versionId) {
    MappingVersion v = versions.byId(versionId).orElseThrow();
    return DefinitionCheck.tree(v.mappingYaml()).path("status").path("from").asString();
  }
}

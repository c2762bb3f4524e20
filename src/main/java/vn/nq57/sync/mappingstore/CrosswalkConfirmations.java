package vn.nq57.sync.mappingstore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.national.CatalogueTask;
import vn.nq57.sync.national.NationalCatalogue;
import vn.nq57.sync.national.TaskCatalogue;
import vn.nq57.sync.support.NotFoundException;
import vn.nq57.sync.support.VietnamTime;

/**
 * Turns links an administrator confirms (local task → national task code) into a new version of the
 * mapping: the active version's mapping with its crosswalk extended (comments kept), stored with
 * author and reason, and activated at once when asked. A code the cached catalogue lacks or assigns
 * to another unit is refused before it can reach a report.
 */
@Service
class CrosswalkConfirmations {

  private final MappingVersionRepository versions;
  private final VersionWorkflow workflow;
  private final MappingVersions active;
  private final MappingSources sources;
  private final NationalCatalogue catalogue;
  private final Clock clock;

  CrosswalkConfirmations(
      MappingVersionRepository versions,
      VersionWorkflow workflow,
      MappingVersions active,
      MappingSources sources,
      NationalCatalogue catalogue,
      Clock clock) {
    this.versions = versions;
    this.workflow = workflow;
    this.active = active;
    this.sources = sources;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** One confirmed link. */
  record Confirmation(String localRef, String taskCode) {}

  /** The new version (a DRAFT, or ACTIVE when {@code activate}). */
  MappingVersion confirm(
      String mappingId, List<Confirmation> links, String reason, String author, boolean activate) {
    MappingVersion base =
        versions
            .active(mappingId)
            .orElseThrow(() -> new NotFoundException("active version of mapping", mappingId));
    if (base.crosswalkName() == null || base.crosswalkYaml() == null) {
      throw invalid(
          mappingId,
          base,
          "/taskCode",
          "the mapping has no crosswalk to add links to; add 'taskCode: {crosswalk: <file>}'.");
    }
    Map<String, String> titles = titles(mappingId);
    List<DefinitionError> errors = new ArrayList<>();
    Optional<TaskCatalogue> cached = catalogue.current();
    for (int i = 0; i < links.size(); i++) {
      check(links.get(i), "/links/" + i, titles, cached, base.crosswalkName(), errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidMappingException(mappingId, null, errors);
    }
    List<CrosswalkEditor.Link> edits =
        links.stream()
            .map(
                l -> new CrosswalkEditor.Link(l.localRef(), l.taskCode(), titles.get(l.localRef())))
            .toList();
    String note =
        "Confirmed by %s on %s from the national catalogue proposals: %s"
            .formatted(author, VietnamTime.today(clock), reason);
    String crosswalk = CrosswalkEditor.link(base.crosswalkYaml(), edits, note);
    MappingVersion draft =
        workflow.draft(
            new VersionWorkflow.Draft(mappingId, base.mappingYaml(), crosswalk, reason, author),
            false);
    return activate
        ? workflow.activate(mappingId, draft.version(), author, reason, "ACTIVATE")
        : draft;
  }

  /** The title of every stored local task of the mapping, by localRef. */
  private Map<String, String> titles(String mappingId) {
    TaskMapping mapping = active.active(mappingId).mapping();
    Map<String, String> titles = new HashMap<>();
    sources.forEachRecord(
        mappingId, r -> titles.putIfAbsent(r.recordKey(), mapping.title(r.row())));
    return titles;
  }

  private static void check(
      Confirmation link,
      String at,
      Map<String, String> titles,
      Optional<TaskCatalogue> cached,
      String file,
      List<DefinitionError> errors) {
    if (!titles.containsKey(link.localRef())) {
      errors.add(
          new DefinitionError(
              file,
              null,
              at + "/localRef",
              "'%s' is not a local task in the stored records of this mapping's sources."
                  .formatted(link.localRef())));
    }
    if (cached.isEmpty()) {
      return;
    }
    Optional<CatalogueTask> task = cached.get().find(link.taskCode());
    String unit = cached.get().unitCode();
    if (task.isEmpty()) {
      errors.add(
          new DefinitionError(
              file,
              null,
              at + "/taskCode",
              "'%s' is not in the national catalogue of unit %s (read %s)."
                  .formatted(link.taskCode(), unit, cached.get().refreshedAt())));
    } else if (!unit.equals(task.get().assignedUnitCode())) {
      errors.add(
          new DefinitionError(
              file,
              null,
              at + "/taskCode",
              "'%s' is assigned to unit %s, not to %s."
                  .formatted(link.taskCode(), task.get().assignedUnitCode(), unit)));
    }
  }

  private static InvalidMappingException invalid(
      String mappingId, MappingVersion base, String field, String message) {
    return new InvalidMappingException(
        mappingId,
        base.version(),
        List.of(new DefinitionError(DefinitionCheck.origin(mappingId), null, field, message)));
  }
}

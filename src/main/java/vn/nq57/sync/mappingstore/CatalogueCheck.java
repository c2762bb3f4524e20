package vn.nq57.sync.mappingstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.national.CatalogueTask;
import vn.nq57.sync.national.NationalCatalogue;
import vn.nq57.sync.national.TaskCatalogue;

/**
 * Warns, when validating a version, of task codes the cached national catalogue lacks or assigns to
 * another unit: the crosswalk's links, and the codes the stored records hold when the mapping reads
 * them from the source. Warnings, not errors: runs park such rows (TASK_NOT_IN_CATALOGUE,
 * TASK_NOT_ASSIGNED_TO_UNIT) until the code or the catalogue is right.
 */
@Component
class CatalogueCheck {

  private final NationalCatalogue catalogue;
  private final MappingSources sources;

  CatalogueCheck(NationalCatalogue catalogue, MappingSources sources) {
    this.catalogue = catalogue;
    this.sources = sources;
  }

  /** The validation with the catalogue's warnings added; unchanged without a catalogue. */
  Validation addTo(Validation check, String mappingId, String crosswalkName, String crosswalk) {
    Optional<TaskCatalogue> cached = catalogue.current();
    if (!check.valid() || cached.isEmpty()) {
      return check;
    }
    List<DefinitionError> warnings = new ArrayList<>(check.warnings());
    TaskMapping mapping = check.mapping();
    String file = crosswalkName == null ? DefinitionCheck.origin(mappingId) : crosswalkName;
    for (Map.Entry<String, String> link : mapping.crosswalkLinks().entrySet()) {
      problem(cached.get(), link.getValue())
          .ifPresent(
              p ->
                  warnings.add(
                      new DefinitionError(
                          file,
                          lineOf(crosswalk, link.getValue()),
                          "/tasks",
                          "%s (localRef %s) %s".formatted(link.getValue(), link.getKey(), p))));
    }
    TreeSet<String> stated = new TreeSet<>();
    sources.forEachRecord(
        mappingId,
        r -> {
          String code = mapping.taskCode(r.row(), r.recordKey()).orElse(null);
          if (code != null && !mapping.crosswalkLinks().containsValue(code)) {
            stated.add(code);
          }
        });
    stated.forEach(
        code ->
            problem(cached.get(), code)
                .ifPresent(
                    p ->
                        warnings.add(
                            DefinitionCheck.error(
                                "",
                                DefinitionCheck.origin(mappingId),
                                "/taskCode/from",
                                "the stored records' code %s %s".formatted(code, p)))));
    return new Validation(mapping, check.errors(), warnings);
  }

  private static Optional<String> problem(TaskCatalogue catalogue, String code) {
    Optional<CatalogueTask> task = catalogue.find(code);
    if (task.isEmpty()) {
      return Optional.of(
          "is not in the national catalogue of unit %s; rows with it are parked TASK_NOT_IN_CATALOGUE."
              .formatted(catalogue.unitCode()));
    }
    if (!catalogue.unitCode().equals(task.get().assignedUnitCode())) {
      return Optional.of(
          "is assigned to unit %s, not %s; rows with it are parked TASK_NOT_ASSIGNED_TO_UNIT."
              .formatted(task.get().assignedUnitCode(), catalogue.unitCode()));
    }
    return Optional.empty();
  }

  private static Integer lineOf(String text, String code) {
    if (text == null) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("taskCode") && lines[i].contains(code)) {
        return i + 1;
      }
    }
    return null;
  }
}

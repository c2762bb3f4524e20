package vn.nq57.sync.mappingstore;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.CrosswalkProposer;
import vn.nq57.sync.mapping.CrosswalkProposer.Candidate;
import vn.nq57.sync.mapping.CrosswalkProposer.CatalogueTask;
import vn.nq57.sync.mapping.CrosswalkProposer.LocalTask;
import vn.nq57.sync.mapping.CrosswalkProposer.Proposal;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.national.NationalCatalogue;
import vn.nq57.sync.national.TaskCatalogue;
import vn.nq57.sync.source.SourceRecordRepository.StoredRecord;
import vn.nq57.sync.support.VietnamTime;

/**
 * Proposes national task codes for the local tasks a mapping cannot send: every task in the stored
 * records of the mapping's sources that has no confirmed code, or whose code the cached national
 * catalogue lacks or assigns to another unit, ranked against the catalogue (cached, or a list the
 * administrator supplies). Nothing is confirmed here: {@link CrosswalkConfirmations} does that.
 */
@Component
class CrosswalkProposals {

  /** The reasons a stored task is not sendable because of its task code. */
  static final Set<String> CODE_PROBLEMS =
      Set.of("NO_TASK_CODE", "TASK_NOT_IN_CATALOGUE", "TASK_NOT_ASSIGNED_TO_UNIT");

  private final MappingVersions versions;
  private final MappingSources sources;
  private final NationalCatalogue catalogue;
  private final Clock clock;

  CrosswalkProposals(
      MappingVersions versions, MappingSources sources, NationalCatalogue catalogue, Clock clock) {
    this.versions = versions;
    this.sources = sources;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** One proposal per local task without a confirmed code, against the given national tasks. */
  List<Proposal> propose(String mappingId, List<CatalogueTask> nationalTasks) {
    TaskMapping mapping = versions.active(mappingId).mapping();
    Map<String, LocalTask> unlinked = new LinkedHashMap<>();
    sources.forEachRecord(
        mappingId,
        record -> {
          if (mapping.taskCode(record.row(), record.recordKey()).isEmpty()) {
            unlinked.putIfAbsent(
                record.recordKey(), new LocalTask(record.recordKey(), mapping.title(record.row())));
          }
        });
    return CrosswalkProposer.DEFAULT.propose(List.copyOf(unlinked.values()), nationalTasks);
  }

  /** The unmatched local tasks of the active version, ranked against the cached catalogue. */
  Unmatched unmatched(String mappingId) {
    MappingVersions.ActiveMapping active = versions.active(mappingId);
    Optional<TaskCatalogue> cached = catalogue.current();
    TaskMapping mapping = active.mapping().checkedAgainst(cached.orElse(null));
    Map<String, UnmatchedTask> found = new LinkedHashMap<>();
    sources.forEachRecord(
        mappingId,
        record -> problem(mapping, record).ifPresent(t -> found.putIfAbsent(t.localRef(), t)));
    List<UnmatchedTask> tasks = new ArrayList<>(found.values());
    if (cached.isPresent()) {
      List<Proposal> ranked =
          CrosswalkProposer.DEFAULT.propose(
              tasks.stream().map(t -> new LocalTask(t.localRef(), t.title())).toList(),
              nationalTasks(cached.get()));
      for (int i = 0; i < tasks.size(); i++) {
        tasks.set(i, tasks.get(i).withCandidates(ranked.get(i).candidates()));
      }
    }
    return new Unmatched(
        mappingId,
        active.version(),
        cached
            .map(c -> new CatalogueInfo(c.unitCode(), c.refreshedAt(), c.tasks().size()))
            .orElse(null),
        tasks);
  }

  /** The national tasks of the unit, as the proposer takes them. */
  static List<CatalogueTask> nationalTasks(TaskCatalogue catalogue) {
    return catalogue.tasks().stream()
        .filter(t -> catalogue.unitCode().equals(t.assignedUnitCode()))
        .map(t -> new CatalogueTask(t.taskCode(), t.title()))
        .toList();
  }

  private Optional<UnmatchedTask> problem(TaskMapping mapping, StoredRecord record) {
    MappingOutcome outcome =
        mapping.map(record.row(), record.recordKey(), VietnamTime.today(clock));
    if (outcome instanceof MappingOutcome.Parked parked && CODE_PROBLEMS.contains(parked.code())) {
      return Optional.of(
          new UnmatchedTask(
              record.recordKey(),
              mapping.title(record.row()),
              record.row().location(),
              mapping.taskCode(record.row(), record.recordKey()).orElse(null),
              parked.code(),
              List.of()));
    }
    return Optional.empty();
  }

  /**
   * The local tasks of a mapping that cannot be sent for their task code.
   *
   * @param mappingId the mapping
   * @param version the active version they were judged with
   * @param catalogue the cached national catalogue; null when none is cached (no candidates then:
   *     POST /api/catalogue/refresh)
   * @param tasks the tasks, in the order of the stored records
   */
  record Unmatched(
      String mappingId, int version, CatalogueInfo catalogue, List<UnmatchedTask> tasks) {}

  /** Which catalogue the candidates come from. */
  record CatalogueInfo(String unitCode, OffsetDateTime refreshedAt, int taskCount) {}

  /**
   * A local task without a sendable code.
   *
   * @param localRef its key
   * @param title its title as the source states it
   * @param location where its latest record was read, e.g. {@code bao-cao.csv row 23}
   * @param taskCode the code it has now (crosswalk or source field); null when none
   * @param problem NO_TASK_CODE, TASK_NOT_IN_CATALOGUE or TASK_NOT_ASSIGNED_TO_UNIT
   * @param candidates the best national tasks by title similarity (0–1), best first
   */
  record UnmatchedTask(
      String localRef,
      String title,
      String location,
      String taskCode,
      String problem,
      List<Candidate> candidates) {

    UnmatchedTask withCandidates(List<Candidate> ranked) {
      return new UnmatchedTask(localRef, title, location, taskCode, problem, ranked);
    }
  }
}

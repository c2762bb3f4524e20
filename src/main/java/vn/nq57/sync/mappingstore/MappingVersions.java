package vn.nq57.sync.mappingstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.mapping.IndicatorMapping;
import vn.nq57.sync.mapping.MappingDefinitionException;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.mappingstore.MappingVersionRepository.ActiveId;
import vn.nq57.sync.national.NationalCatalogue;

/**
 * The mapping versions a run uses. A run asks once, at its start, and keeps the answer for the
 * whole run, so activating another version meanwhile changes only the runs that start after. The
 * answer names every version it is made of (task mapping, its crosswalk, the agency map it names),
 * so the run can record them.
 */
@Service
public class MappingVersions {

  private final MappingVersionRepository versions;
  private final SharedDocuments shared;
  private final Map<Long, Names> names = new ConcurrentHashMap<>();
  private final Map<ParsedKey, TaskMapping> parsed = new ConcurrentHashMap<>();
  private final Map<Long, IndicatorMapping> indicators = new ConcurrentHashMap<>();
  private final NationalCatalogue catalogue;

  MappingVersions(
      MappingVersionRepository versions, SharedDocuments shared, NationalCatalogue catalogue) {
    this.versions = versions;
    this.shared = shared;
    this.catalogue = catalogue;
  }

  /**
   * The task mapping active now, with the agency map version active now. Which versions are active
   * is read from the database on every call (so an activation on another node counts at once); the
   * parsed mapping is cached per pair of versions, which never change once stored. Its task codes
   * are checked against the national catalogue cached now, if any.
   *
   * @throws MappingDefinitionException when the mapping has no active version
   */
  public ActiveMapping active(String mappingId) {
    ActiveId task = versions.activeId(mappingId).orElseThrow(() -> noActiveVersion(mappingId));
    Names named = names.computeIfAbsent(task.id(), this::names);
    Optional<ActiveId> agency =
        named.agencyMap() == null ? Optional.empty() : shared.active(named.agencyMap());
    TaskMapping mapping =
        parsed.computeIfAbsent(
            new ParsedKey(task.id(), agency.map(ActiveId::id).orElse(0L)),
            key -> parse(key, named.agencyMap()));
    List<UsedVersion> used = new ArrayList<>();
    used.add(new UsedVersion(MappingKind.TASK, mappingId, task.version(), task.id()));
    if (named.crosswalk() != null) {
      used.add(
          new UsedVersion(MappingKind.CROSSWALK, named.crosswalk(), task.version(), task.id()));
    }
    agency.ifPresent(
        a ->
            used.add(
                new UsedVersion(
                    MappingKind.AGENCY_MAP,
                    SharedDocuments.mappingIdOf(named.agencyMap()),
                    a.version(),
                    a.id())));
    return new ActiveMapping(
        task.id(),
        task.version(),
        mapping.checkedAgainst(catalogue.current().orElse(null)),
        List.copyOf(used));
  }

  /** The active version, or empty when the mapping has none (e.g. before its first import). */
  Optional<ActiveMapping> activeIfAny(String mappingId) {
    return versions.activeId(mappingId).map(a -> active(mappingId));
  }

  /**
   * The indicator mapping active now (mappings/{@code <id>}.yaml with a top-level {@code
   * indicator}), parsed once per version.
   *
   * @throws MappingDefinitionException when it has no active version or is not an indicator mapping
   */
  public ActiveIndicatorMapping activeIndicator(String mappingId) {
    ActiveId active = versions.activeId(mappingId).orElseThrow(() -> noActiveVersion(mappingId));
    IndicatorMapping mapping =
        indicators.computeIfAbsent(active.id(), id -> parseIndicator(mappingId, id));
    return new ActiveIndicatorMapping(
        active.id(),
        active.version(),
        mapping,
        new UsedVersion(MappingKind.INDICATOR, mappingId, active.version(), active.id()));
  }

  private IndicatorMapping parseIndicator(String mappingId, long versionId) {
    MappingVersion v = versions.byId(versionId).orElseThrow();
    if (v.kind() != MappingKind.INDICATOR) {
      throw new MappingDefinitionException(
          "Mapping '%s' is a %s, not an indicator mapping.".formatted(mappingId, v.kind()));
    }
    return IndicatorMapping.parse(v.mappingYaml(), DefinitionCheck.origin(mappingId));
  }

  private TaskMapping parse(ParsedKey key, String agencyMap) {
    MappingVersion v = versions.byId(key.taskVersionId()).orElseThrow();
    String agencyYaml =
        key.agencyVersionId() == 0
            ? null
            : versions.byId(key.agencyVersionId()).orElseThrow().mappingYaml();
    return TaskMapping.parse(
        v.mappingYaml(),
        DefinitionCheck.origin(v.mappingId()),
        name ->
            name.equals(v.crosswalkName())
                ? v.crosswalkYaml()
                : name.equals(agencyMap) && agencyYaml != null ? agencyYaml : shared.read(name));
  }

  private Names names(long taskVersionId) {
    MappingVersion v = versions.byId(taskVersionId).orElseThrow();
    JsonNode agencyMap = DefinitionCheck.tree(v.mappingYaml()).path("leadUnit").path("agencyMap");
    return new Names(v.crosswalkName(), agencyMap.isString() ? agencyMap.asString() : null);
  }

  private static MappingDefinitionException noActiveVersion(String mappingId) {
    return new MappingDefinitionException(
        ("Mapping '%s' has no active version: put a valid mappings/%s.yaml in place"
                + " or activate a version through /api/mappings.")
            .formatted(mappingId, mappingId));
  }

  /** The documents a task mapping version names: its crosswalk and its agency map (or null). */
  private record Names(String crosswalk, String agencyMap) {}

  /** A parsed task mapping is the task mapping version read with one agency map version. */
  private record ParsedKey(long taskVersionId, long agencyVersionId) {}

  /**
   * A mapping version as a run holds it.
   *
   * @param versionId the {@code mapping_version} id, stored on every submission item it produced
   * @param version the version number within the mapping, for people
   * @param mapping the parsed, validated mapping
   * @param used every version it is made of (task mapping, crosswalk, agency map), for the run
   */
  public record ActiveMapping(
      long versionId, int version, TaskMapping mapping, List<UsedVersion> used) {

    /**
     * One number for the combination of versions this mapping is made of (task mapping with its
     * crosswalk, agency map): a record last mapped under another combination, e.g. before a new
     * agency map version was activated, is mapped again by the next DAY run.
     */
    public long fingerprint() {
      long fingerprint = 17;
      for (UsedVersion v : used) {
        fingerprint = fingerprint * 0x9E3779B97F4A7C15L + v.kind().ordinal() * 31L + v.versionId();
      }
      return fingerprint;
    }
  }

  /**
   * An indicator mapping version as a run holds it.
   *
   * @param versionId the {@code mapping_version} id
   * @param version the version number within the mapping, for people
   * @param mapping the parsed, validated indicator mapping
   * @param used the version, for the run to record
   */
  public record ActiveIndicatorMapping(
      long versionId, int version, IndicatorMapping mapping, UsedVersion used) {}

  /**
   * One stored version a run used.
   *
   * @param kind what it is; a CROSSWALK is stored with the task mapping version it names
   * @param mappingId the mapping id, or for a crosswalk its file name
   * @param version the version number (for a crosswalk: of the task mapping holding it)
   * @param versionId the {@code mapping_version} id
   */
  public record UsedVersion(MappingKind kind, String mappingId, int version, long versionId) {}
}

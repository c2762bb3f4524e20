package vn.nq57.sync.mappingstore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.nq57.sync.mapping.MappingDefinitionException;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.national.NationalCatalogue;

/**
 * The mapping version a run uses. A run asks once, at its start, and keeps the answer for the whole
 * run, so activating another version meanwhile changes only the runs that start after.
 */
@Service
public class MappingVersions {

  private final MappingVersionRepository versions;
  private final SharedDocuments shared;
  private final NationalCatalogue catalogue;
  private final Map<Long, TaskMapping> parsed = new ConcurrentHashMap<>();

  MappingVersions(
      MappingVersionRepository versions, SharedDocuments shared, NationalCatalogue catalogue) {
    this.versions = versions;
    this.shared = shared;
    this.catalogue = catalogue;
  }

  /**
   * The version of the mapping active now. Which version is active is read from the database on
   * every call (so an activation on another node counts at once); the parsed mapping is cached per
   * version, which never changes once stored. Its task codes are checked against the national
   * catalogue cached now, if any.
   *
   * @throws MappingDefinitionException when the mapping has no active version
   */
  public ActiveMapping active(String mappingId) {
    MappingVersionRepository.ActiveId active =
        versions
            .activeId(mappingId)
            .orElseThrow(
                () ->
                    new MappingDefinitionException(
                        ("Mapping '%s' has no active version: put a valid mappings/%s.yaml in place"
                                + " or activate a version through /api/mappings.")
                            .formatted(mappingId, mappingId)));
    TaskMapping mapping = parsed.computeIfAbsent(active.id(), this::parse);
    return new ActiveMapping(
        active.id(), active.version(), mapping.checkedAgainst(catalogue.current().orElse(null)));
  }

  /** The active version, or empty when the mapping has none (e.g. before its first import). */
  java.util.Optional<ActiveMapping> activeIfAny(String mappingId) {
    return versions.activeId(mappingId).map(a -> active(mappingId));
  }

  private TaskMapping parse(long versionId) {
    MappingVersion v = versions.byId(versionId).orElseThrow();
    return TaskMapping.parse(
        v.mappingYaml(),
        DefinitionCheck.origin(v.mappingId()),
        name -> name.equals(v.crosswalkName()) ? v.crosswalkYaml() : shared.read(name));
  }

  /**
   * A mapping version as a run holds it.
   *
   * @param versionId the {@code mapping_version} id, stored on every submission item it produced
   * @param version the version number within the mapping, for people
   * @param mapping the parsed, validated mapping
   */
  public record ActiveMapping(long versionId, int version, TaskMapping mapping) {}
}

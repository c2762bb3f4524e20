package vn.nq57.sync.mappingstore;

import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.IndicatorMapping;

/**
 * The indicator mapping a run uses for an indicator source: the version active now in the mapping
 * store ({@link MappingVersions#activeIndicator}), imported from {@code mappings/<id>.yaml} and
 * checked in full before it could become active; a run records which version it used.
 */
@Component
public class IndicatorMappings {

  private final MappingVersions versions;

  IndicatorMappings(MappingVersions versions) {
    this.versions = versions;
  }

  /** The version to use now; throws when there is none or it is not an indicator mapping. */
  public ActiveIndicatorMapping active(String mappingId) {
    MappingVersions.ActiveIndicatorMapping active = versions.activeIndicator(mappingId);
    return new ActiveIndicatorMapping(active.mapping(), active.versionId(), active.used());
  }

  /**
   * An indicator mapping as a run holds it.
   *
   * @param mapping the parsed, validated mapping
   * @param versionId its stored version ({@code mapping_version} id), stored on every item
   * @param used the version, for the run to record
   */
  public record ActiveIndicatorMapping(
      IndicatorMapping mapping, Long versionId, MappingVersions.UsedVersion used) {}
}

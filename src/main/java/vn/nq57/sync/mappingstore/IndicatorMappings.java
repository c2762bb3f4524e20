package vn.nq57.sync.mappingstore;

import java.nio.file.Path;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.IndicatorMapping;

/**
 * The indicator mapping a run uses for an indicator source. Today it is read from its file in the
 * mappings folder ({@code <id>.yaml}, checked in full before use) each time a run asks, so a fixed
 * file is used by the next run; this is the one place to point at stored versions once indicator
 * mappings are versioned like task mappings.
 */
@Component
public class IndicatorMappings {

  private final MappingAdminProperties properties;

  IndicatorMappings(MappingAdminProperties properties) {
    this.properties = properties;
  }

  /** The mapping to use now; throws when it is missing or invalid, naming file and field. */
  public ActiveIndicatorMapping active(String mappingId) {
    Path file = properties.directory().resolve(mappingId + ".yaml");
    return new ActiveIndicatorMapping(IndicatorMapping.load(file), null);
  }

  /**
   * An indicator mapping as a run holds it.
   *
   * @param mapping the loaded mapping
   * @param versionId its stored version, or null while indicator mappings are read from files
   */
  public record ActiveIndicatorMapping(IndicatorMapping mapping, Long versionId) {}
}

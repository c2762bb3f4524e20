package vn.nq57.sync.source;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The provincial sources besides the default inbox ({@code nq57.sources.spreadsheet}), keyed by
 * source id: {@code nq57.sources.instances.<id>.kind: spreadsheet|rest|sql}, its mapping and the
 * settings of its kind. docs/sources.md describes every key.
 *
 * @param instances the further task sources, keyed by source id (kebab-case); none by default
 * @param indicators the sources of KPI indicator values ({@code nq57.sources.indicators.<id>},
 *     configured like an instance, with an indicator mapping); none by default
 */
@Validated
@ConfigurationProperties("nq57.sources")
public record SourcesProperties(
    Map<String, @Valid SourceInstance> instances, Map<String, @Valid SourceInstance> indicators) {

  public SourcesProperties {
    instances = instances == null ? Map.of() : new LinkedHashMap<>(instances);
    indicators = indicators == null ? Map.of() : new LinkedHashMap<>(indicators);
  }
}

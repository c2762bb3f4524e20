package vn.nq57.sync.run;

import org.springframework.stereotype.Component;
import vn.nq57.sync.mappingstore.MappingVersions;
import vn.nq57.sync.mappingstore.MappingVersions.ActiveMapping;
import vn.nq57.sync.source.ConfiguredSource;

/**
 * The mapping version a run uses for a source: the one active when the run asks, held by the run
 * until it ends, so an activation during a run does not change that run.
 */
@Component
class ActiveMappings {

  private final MappingVersions versions;

  ActiveMappings(MappingVersions versions) {
    this.versions = versions;
  }

  ActiveMapping of(ConfiguredSource source) {
    return versions.active(source.mapping());
  }
}

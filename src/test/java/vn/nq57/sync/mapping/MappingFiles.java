package vn.nq57.sync.mapping;

import java.nio.file.Path;

/** Loads a mapping file and the crosswalk it names (same folder), as the mapping store would. */
final class MappingFiles {

  private MappingFiles() {}

  static TaskMapping load(Path mappingYaml) {
    String yaml = TaskMapping.read(mappingYaml);
    if (yaml == null) {
      throw new MappingDefinitionException(mappingYaml + ": the mapping file does not exist.");
    }
    return TaskMapping.parse(
        yaml, mappingYaml.toString(), name -> TaskMapping.read(mappingYaml.resolveSibling(name)));
  }
}

package vn.nq57.sync.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.MappingDefinitionException;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.source.SpreadsheetDrops;

/**
 * The mappings the sources use, loaded from the mappings folder and validated at start-up, so a
 * broken mapping stops the adapter before it is ever used.
 */
@Component
class ActiveMappings {

  private static final Logger log = LoggerFactory.getLogger(ActiveMappings.class);

  private final MappingsProperties properties;
  private final Map<String, TaskMapping> loaded = new ConcurrentHashMap<>();

  ActiveMappings(MappingsProperties properties, SpreadsheetDrops spreadsheet) {
    this.properties = properties;
    get(spreadsheet.mappingId());
  }

  TaskMapping get(String mappingId) {
    return loaded.computeIfAbsent(mappingId, this::load);
  }

  private TaskMapping load(String mappingId) {
    Path file = properties.directory().resolve(mappingId + ".yaml");
    if (!Files.isRegularFile(file)) {
      throw new MappingDefinitionException(
          "Mapping '"
              + mappingId
              + "' not found: expected "
              + file.toAbsolutePath()
              + " (set nq57.mappings.directory or the source's mapping id)");
    }
    TaskMapping mapping = TaskMapping.load(file);
    log.info("Mapping '{}' loaded from {}", mapping.id(), file);
    return mapping;
  }
}

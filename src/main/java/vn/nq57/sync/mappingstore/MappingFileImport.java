package vn.nq57.sync.mappingstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.AgencyMaps;
import vn.nq57.sync.mapping.MappingDefinitionException;

/**
 * Imports the {@code mappings/} folder: a {@code <id>.yaml} (a task mapping with the crosswalk it
 * names, an agency map {@code <name>.agencies.yaml} or an indicator mapping) whose content matches
 * no stored version becomes a new version by "file-import", activated if it validates. Agency maps
 * go first, so the task mappings that name them are checked against them. An invalid file is kept
 * as a DRAFT with its errors and the previous active version stays in use. Runs before the routes
 * start, and stops start-up if a source's mapping then has no active version at all.
 */
@Component
class MappingFileImport implements SmartInitializingSingleton {

  static final String AUTHOR = "file-import";
  private static final Logger log = LoggerFactory.getLogger(MappingFileImport.class);

  private final MappingAdminProperties properties;
  private final VersionWorkflow workflow;
  private final MappingVersionRepository versions;
  private final MappingSources sources;

  MappingFileImport(
      MappingAdminProperties properties,
      VersionWorkflow workflow,
      MappingVersionRepository versions,
      MappingSources sources) {
    this.properties = properties;
    this.workflow = workflow;
    this.versions = versions;
    this.sources = sources;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (properties.importOnStartup()) {
      importAll();
    }
    for (String mappingId : sources.mappingIds()) {
      if (versions.activeId(mappingId).isEmpty()) {
        throw new MappingDefinitionException(
            "Mapping '%s' has no valid version: fix %s (see the errors above) or set the source's mapping id"
                .formatted(mappingId, properties.directory().resolve(mappingId + ".yaml")));
      }
    }
  }

  /** Imports every mapping file of the configured folder; returns the versions created. */
  List<MappingVersion> importAll() {
    List<MappingVersion> created = new ArrayList<>();
    for (Path file : mappingFiles(properties.directory())) {
      importFile(file).ifPresent(created::add);
    }
    return created;
  }

  /** Imports one {@code <id>.yaml}; empty when its content is already stored. */
  Optional<MappingVersion> importFile(Path file) {
    String name = file.getFileName().toString();
    String mappingId = name.substring(0, name.length() - ".yaml".length());
    String yaml = read(file);
    String crosswalkName = VersionWorkflow.crosswalkName(yaml);
    String crosswalk = crosswalkName == null ? null : read(file.resolveSibling(crosswalkName));
    if (versions.hasContent(mappingId, VersionWorkflow.hash(yaml, crosswalkName, crosswalk))) {
      return Optional.empty();
    }
    MappingVersion v;
    try {
      v =
          workflow.draft(
              new VersionWorkflow.Draft(
                  mappingId, yaml, crosswalk, "imported from " + file, AUTHOR),
              true);
    } catch (VersionConflictException e) {
      // Another instance imported the same content a moment ago.
      return Optional.empty();
    }
    if (!v.valid()) {
      log.error(
          "Mapping file {} is not valid; stored as draft version {} and NOT used (the active version"
              + " stays in use):\n  - {}",
          file,
          v.version(),
          String.join("\n  - ", v.errors().stream().map(DefinitionError::describe).toList()));
      return Optional.of(v);
    }
    v =
        workflow.activate(
            mappingId, v.version(), AUTHOR, "content of " + file + " changed", "IMPORT");
    log.info(
        "Mapping '{}' version {} imported from {} and activated", mappingId, v.version(), file);
    return Optional.of(v);
  }

  private static List<Path> mappingFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      log.warn("Mappings folder {} does not exist; nothing imported", directory.toAbsolutePath());
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".yaml"))
          .filter(f -> !f.getFileName().toString().endsWith(".crosswalk.yaml"))
          // Agency maps first: the task mappings that name them are checked against them.
          .sorted(
              Comparator.comparing((Path f) -> !f.toString().endsWith(AgencyMaps.SUFFIX))
                  .thenComparing(Comparator.naturalOrder()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}

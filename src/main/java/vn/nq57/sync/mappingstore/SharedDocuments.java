package vn.nq57.sync.mappingstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Documents a task mapping names besides its crosswalk (today: agency maps, shared by several
 * mappings). An agency map is versioned on its own: its active stored version is the one used; the
 * file in the mappings folder is read only while no version of it is stored (before its first
 * import).
 */
@Component
class SharedDocuments {

  private final Path directory;
  private final MappingVersionRepository versions;

  SharedDocuments(MappingAdminProperties properties, MappingVersionRepository versions) {
    this.directory = properties.directory();
    this.versions = versions;
  }

  /** The mapping id of a document named by its file name: the name without ".yaml". */
  static String mappingIdOf(String fileName) {
    return fileName.endsWith(".yaml")
        ? fileName.substring(0, fileName.length() - ".yaml".length())
        : fileName;
  }

  /** The active stored version of the named document, if it has one. */
  Optional<MappingVersionRepository.ActiveId> active(String name) {
    return versions.activeId(mappingIdOf(name));
  }

  /** The document's text (active version, else the file), or null when there is neither. */
  String read(String name) {
    Optional<MappingVersionRepository.ActiveId> active = active(name);
    if (active.isPresent()) {
      return versions.byId(active.get().id()).orElseThrow().mappingYaml();
    }
    return file(name);
  }

  private String file(String name) {
    Path file = directory.resolve(name).normalize();
    if (!file.startsWith(directory.normalize()) || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}

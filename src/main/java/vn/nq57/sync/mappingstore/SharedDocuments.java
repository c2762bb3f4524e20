package vn.nq57.sync.mappingstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Documents a mapping names besides its crosswalk (today: agency maps), read from the mappings
 * folder. They are shared by several mappings and not versioned with them (see
 * docs/mapping-admin.md).
 */
@Component
class SharedDocuments {

  private final Path directory;

  SharedDocuments(MappingAdminProperties properties) {
    this.directory = properties.directory();
  }

  /** The document's text, or null when the folder has no such file. */
  String read(String name) {
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

package vn.nq57.sync.mapping;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON Schema every mapping definition must satisfy before any of it is used. */
final class DefinitionSchema {

  static final String RESOURCE = "/mapping/mapping.schema.json";

  private static final Schema SCHEMA = load();

  private DefinitionSchema() {}

  private static Schema load() {
    try (InputStream in = DefinitionSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses the document, naming every violation with its line and path. */
  static void validate(YamlDocument document) {
    List<Error> errors = SCHEMA.validate(document.root());
    if (!errors.isEmpty()) {
      throw document.errors(errors.stream().map(e -> describe(document, e)).toList());
    }
  }

  private static String describe(YamlDocument document, Error error) {
    String pointer = pointer(error.getInstanceLocation());
    // For unknown and missing properties the culprit is the named property, not its parent.
    String at =
        error.getProperty() == null ? pointer : pointer + YamlDocument.segment(error.getProperty());
    return document.where(at) + ": " + error.getMessage();
  }

  private static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer.append(YamlDocument.segment(path.getElement(i)));
    }
    return pointer.toString();
  }
}

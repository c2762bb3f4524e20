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

/** A JSON Schema that a definition file must satisfy before any of it is used. */
final class DefinitionSchema {

  static final String RESOURCE = "/mapping/mapping.schema.json";

  /** Task mappings ({@code mappings/<id>.yaml}). */
  static final DefinitionSchema MAPPING = new DefinitionSchema(RESOURCE);

  /** Agency maps ({@code mappings/<name>.agencies.yaml}). */
  static final DefinitionSchema AGENCY_MAP =
      new DefinitionSchema("/mapping/agency-map.schema.json");

  /** Indicator mappings. */
  static final DefinitionSchema INDICATORS =
      new DefinitionSchema("/mapping/indicator-mapping.schema.json");

  private final Schema schema;

  private DefinitionSchema(String resource) {
    this.schema = load(resource);
  }

  private static Schema load(String resource) {
    try (InputStream in = DefinitionSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + resource + " is missing");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses the document, naming every violation with its line and path. */
  void check(YamlDocument document) {
    List<Error> errors = schema.validate(document.root());
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

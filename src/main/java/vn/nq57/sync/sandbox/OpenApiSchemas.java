package vn.nq57.sync.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns the contract's OpenAPI 3.0 component schemas into JSON Schema 2020-12: {@code nullable:
 * true} becomes a type union with {@code null}, {@code #/components/schemas/X} becomes {@code
 * #/$defs/X}, and the OpenAPI-only {@code example} keyword is dropped.
 */
final class OpenApiSchemas {

  static final String CONTRACT = "nq57-api/openapi.yaml";
  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final ObjectMapper YAML = new YAMLMapper();

  private OpenApiSchemas() {}

  /** A self-contained JSON Schema whose root is the named component, with all others as $defs. */
  static ObjectNode rootedAt(JsonNode components, String name) {
    ObjectNode root = YAML.createObjectNode();
    root.put("$schema", DIALECT);
    root.set("$defs", convert(components.deepCopy()));
    root.put("$ref", "#/$defs/" + name);
    return root;
  }

  static JsonNode components() {
    try (InputStream in = new ClassPathResource(CONTRACT).getInputStream()) {
      JsonNode schemas = YAML.readTree(in).at("/components/schemas");
      if (!schemas.isObject()) {
        throw new IllegalStateException(CONTRACT + " has no components.schemas");
      }
      return schemas;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the contract " + CONTRACT, e);
    }
  }

  private static JsonNode convert(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("example");
      if (object.path("nullable").asBoolean(false)) {
        allowNull(object);
      }
      object.remove("nullable");
      if (object.path("$ref").isString()) {
        object.put(
            "$ref", object.get("$ref").asString().replace("#/components/schemas/", "#/$defs/"));
      }
      object.properties().forEach(e -> convert(e.getValue()));
    } else if (node instanceof ArrayNode array) {
      array.forEach(OpenApiSchemas::convert);
    }
    return node;
  }

  private static void allowNull(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isString()) {
      schema.putArray("type").add(type.asString()).add("null");
    }
    if (schema.get("enum") instanceof ArrayNode values) {
      values.addNull();
    }
  }
}

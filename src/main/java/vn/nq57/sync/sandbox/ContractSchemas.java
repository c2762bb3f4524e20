package vn.nq57.sync.sandbox;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Validates request bodies against the contract's schemas, loaded once at start-up. */
class ContractSchemas {

  static final String TASK_REPORT_BATCH = "TaskReportBatch";
  static final String INDICATOR_REPORT_BATCH = "IndicatorReportBatch";

  private final Map<String, Schema> schemas;

  ContractSchemas() {
    JsonNode components = OpenApiSchemas.components();
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config));
    this.schemas =
        Map.of(
            TASK_REPORT_BATCH, load(registry, components, TASK_REPORT_BATCH),
            INDICATOR_REPORT_BATCH, load(registry, components, INDICATOR_REPORT_BATCH));
  }

  /** The violations of the named schema, in the contract's FieldError form; empty when valid. */
  List<FieldError> validate(String schemaName, JsonNode body) {
    return schemas.get(schemaName).validate(body).stream()
        .map(ContractSchemas::toFieldError)
        .distinct()
        .toList();
  }

  private static Schema load(SchemaRegistry registry, JsonNode components, String name) {
    Schema schema = registry.getSchema(OpenApiSchemas.rootedAt(components, name));
    schema.initializeValidators();
    return schema;
  }

  private static FieldError toFieldError(Error error) {
    String field = path(error.getInstanceLocation());
    if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
      field = field.isEmpty() ? error.getProperty() : field + "." + error.getProperty();
    }
    return new FieldError(field.isEmpty() ? null : field, code(error), error.getMessage());
  }

  private static String path(NodePath location) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append(out.isEmpty() ? "" : ".").append(element);
      }
    }
    return out.toString();
  }

  private static String code(Error error) {
    return switch (String.valueOf(error.getKeyword())) {
      case "required" -> "FIELD_REQUIRED";
      case "maxLength" -> "FIELD_TOO_LONG";
      case "format" -> formatCode(error);
      default -> "INVALID_VALUE";
    };
  }

  private static String formatCode(Error error) {
    String format = error.getSchemaNode() == null ? "" : error.getSchemaNode().asString();
    return switch (format) {
      case "date", "date-time" -> "INVALID_DATE";
      case "uri" -> "INVALID_URL";
      default -> "INVALID_VALUE";
    };
  }
}

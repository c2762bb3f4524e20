package vn.nq57.sync.support;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Completes the OpenAPI document that springdoc builds from the controllers under {@code /api/**}:
 * title and version, the HTTP basic scheme, the RFC 9457 problem schema with the list of stable
 * problem types ({@link ProblemType}), and the error answers every operation can give, so no
 * controller carries documentation annotations.
 */
@Component
class ApiDocumentation implements OpenApiCustomizer {

  static final String PROBLEM = "Problem";
  private static final String BASIC = "basicAuth";
  private static final String PROBLEM_JSON =
      org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  @Override
  public void customise(OpenAPI api) {
    api.info(info());
    Components components = Objects.requireNonNullElseGet(api.getComponents(), Components::new);
    api.components(components);
    components.addSecuritySchemes(
        BASIC,
        new SecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("basic")
            .description(
                "Role VIEWER reads; OPERATOR also starts runs, replays and pauses; ADMIN also"
                    + " changes mappings and users and reads the audit log."));
    components.addSchemas(PROBLEM, problemSchema());
    api.security(List.of(new SecurityRequirement().addList(BASIC)));
    if (api.getPaths() != null) {
      api.getPaths()
          .forEach(
              (path, item) ->
                  item.readOperations().forEach(operation -> addErrors(path, operation)));
    }
  }

  private static Info info() {
    String version = ApiDocumentation.class.getPackage().getImplementationVersion();
    return new Info()
        .title("nq57-sync operator and admin API")
        .version(version == null ? "development" : version)
        .description(
            "Runs, parked rows, submissions and items, replay jobs, exports, delivery control,"
                + " reporting periods, mapping administration, users and the audit log of"
                + " nq57-sync. HTTP basic: VIEWER reads; OPERATOR also replays and pauses; ADMIN"
                + " also changes mappings and users. Every error is an RFC 9457 problem"
                + " (application/problem+json) whose `type` is one of:\n\n"
                + problemTable());
  }

  private static String problemTable() {
    StringBuilder table = new StringBuilder("| type | status | meaning |\n|---|---|---|\n");
    for (ProblemType type : ProblemType.values()) {
      table
          .append("| `")
          .append(type.uri())
          .append("` | ")
          .append(type.status().value())
          .append(" | ")
          .append(type.meaning())
          .append(" |\n");
    }
    return table.toString();
  }

  private static Schema<?> problemSchema() {
    Schema<?> error =
        new ObjectSchema()
            .addProperty("field", new StringSchema().description("body field or parameter"))
            .addProperty("message", new StringSchema());
    ObjectSchema problem = new ObjectSchema();
    problem
        .description("An RFC 9457 problem detail.")
        .addProperty(
            "type",
            new StringSchema()
                .format("uri")
                .description("Stable identifier of the error; see x-problem-types.")
                ._enum(ProblemType.uris()))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema().description("What went wrong, for a person."))
        .addProperty("instance", new StringSchema().format("uri"))
        .addProperty(
            "code", new StringSchema().description("permanent-failure: the downstream error code"))
        .addProperty(
            "errors",
            new ArraySchema()
                .items(error)
                .description("validation and mapping-invalid: each broken rule"));
    problem.addExtension("x-problem-types", problemTypes());
    return problem;
  }

  private static List<Map<String, Object>> problemTypes() {
    return java.util.Arrays.stream(ProblemType.values())
        .map(
            type -> {
              Map<String, Object> entry = new LinkedHashMap<>();
              entry.put("type", type.uri().toString());
              entry.put("status", type.status().value());
              entry.put("title", type.title());
              entry.put("meaning", type.meaning());
              return entry;
            })
        .toList();
  }

  private static void addErrors(String path, Operation operation) {
    ApiResponses responses =
        Objects.requireNonNullElseGet(operation.getResponses(), ApiResponses::new);
    operation.responses(responses);
    boolean hasInput = operation.getRequestBody() != null || operation.getParameters() != null;
    if (hasInput) {
      addError(responses, "400", "bad-request or validation");
    }
    addError(responses, "401", "unauthorized");
    addError(responses, "403", "forbidden");
    if (path.contains("{")) {
      addError(responses, "404", "not-found");
    }
    addError(responses, "500", "internal");
  }

  private static void addError(ApiResponses responses, String status, String types) {
    if (responses.containsKey(status)) {
      return;
    }
    Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
    responses.addApiResponse(
        status,
        new ApiResponse()
            .description("Problem: " + types)
            .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref))));
  }
}

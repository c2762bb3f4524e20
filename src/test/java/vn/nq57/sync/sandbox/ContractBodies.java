package vn.nq57.sync.sandbox;

import java.util.List;
import tools.jackson.databind.ObjectMapper;

/**
 * For tests of other packages: the violations of a request body the adapter sent against the
 * national contract's schema (the OpenAPI document's components), as "field code" lines.
 */
public final class ContractBodies {

  public static final String TASK_REPORT_BATCH = ContractSchemas.TASK_REPORT_BATCH;
  public static final String INDICATOR_REPORT_BATCH = ContractSchemas.INDICATOR_REPORT_BATCH;

  private static final ContractSchemas SCHEMAS = new ContractSchemas();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContractBodies() {}

  /** Empty when the body is valid under the named schema. */
  public static List<String> violations(String schemaName, String body) {
    return SCHEMAS.validate(schemaName, JSON.readTree(body)).stream()
        .map(e -> e.field() + " " + e.code() + ": " + e.message())
        .toList();
  }
}

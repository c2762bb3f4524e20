package vn.nq57.sync.sandbox;

import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * The transport rules of a report POST, in order: Idempotency-Key, 1 MiB body, well-formed JSON,
 * 100 items, the contract schema, the reporting unit, then idempotent acceptance.
 */
class ReportIntake {

  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_ITEMS = 100;
  private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

  private final ContractSchemas schemas;
  private final IdempotencyStore idempotency;
  private final SubmissionStore submissions;
  private final String unitCode;

  ReportIntake(
      ContractSchemas schemas,
      IdempotencyStore idempotency,
      SubmissionStore submissions,
      String unitCode) {
    this.schemas = schemas;
    this.idempotency = idempotency;
    this.submissions = submissions;
    this.unitCode = unitCode;
  }

  Receipt submit(String clientId, String key, byte[] body, String schemaName, ItemJudge judge) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new SandboxException(
          ProblemCode.MISSING_IDEMPOTENCY_KEY, "Idempotency-Key must match " + KEY.pattern());
    }
    JsonNode batch = parse(body);
    List<FieldError> violations = schemas.validate(schemaName, batch);
    if (!violations.isEmpty()) {
      throw new SandboxException(
          ProblemCode.SCHEMA_VIOLATION, "the body violates " + schemaName, violations, null);
    }
    String reportingUnit = batch.path("reportingUnitCode").asString();
    if (!unitCode.equals(reportingUnit)) {
      throw new SandboxException(
          ProblemCode.UNIT_NOT_ALLOWED, "this client reports for unit " + unitCode + " only");
    }
    return idempotency.acceptOnce(
        clientId,
        key,
        SandboxJson.canonical(batch),
        () -> submissions.create(batch.get("items"), judge));
  }

  private static JsonNode parse(byte[] body) {
    if (body != null && body.length > MAX_BYTES) {
      throw new SandboxException(
          ProblemCode.PAYLOAD_TOO_LARGE, body.length + " bytes; at most " + MAX_BYTES + " allowed");
    }
    JsonNode batch;
    try {
      batch = body == null ? null : SandboxJson.MAPPER.readTree(body);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new SandboxException(ProblemCode.MALFORMED_JSON, "the body is not valid JSON" + where);
    }
    if (batch == null || batch.isMissingNode()) {
      throw new SandboxException(ProblemCode.MALFORMED_JSON, "the body is empty");
    }
    int items = batch.path("items").size();
    if (batch.path("items").isArray() && items > MAX_ITEMS) {
      throw new SandboxException(
          ProblemCode.TOO_MANY_ITEMS, items + " items; at most " + MAX_ITEMS + " per request");
    }
    return batch;
  }
}

package vn.nq57.sync.sandbox;

/** The contract's problem codes, each with its HTTP status and a short title. */
enum ProblemCode {
  MALFORMED_JSON(400, "Malformed JSON"),
  SCHEMA_VIOLATION(400, "Request does not match the schema"),
  MISSING_IDEMPOTENCY_KEY(400, "Missing or invalid Idempotency-Key"),
  TOKEN_EXPIRED(401, "Token expired"),
  INVALID_TOKEN(401, "Invalid token"),
  INVALID_CLIENT(401, "Invalid client"),
  UNIT_NOT_ALLOWED(403, "Unit not allowed"),
  SUBMISSION_NOT_FOUND(404, "Submission not found"),
  TOO_MANY_ITEMS(413, "Too many items"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key reused with a different body"),
  RATE_LIMITED(429, "Rate limit exceeded"),
  INTERNAL_ERROR(500, "Internal error"),
  MAINTENANCE(503, "Under maintenance");

  private final int status;
  private final String title;

  ProblemCode(int status, String title) {
    this.status = status;
    this.title = title;
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }
}

package vn.nq57.sync.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sandbox of the national NQ57 API: what its HTTP endpoints do, plus a maintenance switch and
 * read-only checks for tests and demos. All state is in memory and lost on restart.
 */
public class SandboxApi {

  /** One accepted revision of a task and the receipt number it got. */
  public record AcceptedRevision(int revision, String receiptNo) {}

  private final TokenService tokens;
  private final RateLimiter rateLimiter;
  private final TaskCatalogue catalogue;
  private final RevisionLedger ledger;
  private final SubmissionStore submissions;
  private final IdempotencyStore idempotency;
  private final ReportIntake intake;
  private final TaskJudge taskJudge;
  private final IndicatorJudge indicatorJudge;
  private final String unitCode;
  private volatile Duration maintenanceRetryAfter;

  SandboxApi(SandboxProperties properties, Clock clock) {
    this.unitCode = properties.unitCode();
    this.tokens = new TokenService(properties, clock);
    this.rateLimiter = new RateLimiter(properties.rateLimitPerMinute(), clock);
    this.catalogue = new TaskCatalogue();
    this.ledger = new RevisionLedger(unitCode);
    this.submissions = new SubmissionStore(clock, properties.processingDelay());
    this.idempotency = new IdempotencyStore(clock);
    this.intake = new ReportIntake(new ContractSchemas(), idempotency, submissions, unitCode);
    this.taskJudge = new TaskJudge(catalogue, ledger, unitCode);
    this.indicatorJudge = new IndicatorJudge(ledger);
  }

  /** From now on every /api/v1 call answers 503 MAINTENANCE with this Retry-After. */
  public void setMaintenance(Duration retryAfter) {
    maintenanceRetryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public void clearMaintenance() {
    maintenanceRetryAfter = null;
  }

  /** Task items stored as accepted; re-accepting the same revision and content adds none. */
  public int acceptedTaskItemCount() {
    submissions.completeDue();
    return ledger.storedCount();
  }

  /** Per taskCode, the accepted revisions in the order accepted, with their receipt numbers. */
  public Map<String, List<AcceptedRevision>> acceptedRevisions() {
    submissions.completeDue();
    return ledger.snapshot();
  }

  /** How many POSTs with this Idempotency-Key were processed, not counting replays. */
  public int processedPostCount(String idempotencyKey) {
    return idempotency.processedCount(idempotencyKey);
  }

  TokenResponse issueToken(String grantType, String clientId, String clientSecret) {
    return tokens.issue(grantType, clientId, clientSecret);
  }

  TaskPage tasks(String authorization, String unit, String page, String size) {
    admit(authorization);
    if (!unitCode.equals(unit)) {
      throw new SandboxException(
          ProblemCode.UNIT_NOT_ALLOWED, "this client reads unit " + unitCode + " only");
    }
    return catalogue.page(unit, page, size);
  }

  Receipt submitTasks(String authorization, String idempotencyKey, byte[] body) {
    String clientId = admit(authorization);
    return intake.submit(
        clientId, idempotencyKey, body, ContractSchemas.TASK_REPORT_BATCH, taskJudge);
  }

  Receipt submitIndicators(String authorization, String idempotencyKey, byte[] body) {
    String clientId = admit(authorization);
    return intake.submit(
        clientId, idempotencyKey, body, ContractSchemas.INDICATOR_REPORT_BATCH, indicatorJudge);
  }

  SubmissionView submission(String authorization, String submissionId) {
    admit(authorization);
    return submissions.view(submissionId);
  }

  /** Maintenance first, then the bearer token, then the client's rate limit. */
  private String admit(String authorization) {
    Duration retryAfter = maintenanceRetryAfter;
    if (retryAfter != null) {
      throw SandboxException.retryLater(
          ProblemCode.MAINTENANCE, "the national system is under maintenance", retryAfter);
    }
    String clientId = tokens.authenticate(authorization);
    rateLimiter.acquire(clientId);
    return clientId;
  }
}

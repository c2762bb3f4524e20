package vn.nq57.sync.sandbox;

import static org.springframework.http.HttpHeaders.AUTHORIZATION;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract's endpoints under {@code /sandbox/nq57}; all decisions are in {@link SandboxApi}.
 */
@RestController
@RequestMapping(SandboxController.BASE_PATH)
@ConditionalOnProperty(prefix = "nq57.sandbox", name = "enabled", havingValue = "true")
class SandboxController {

  static final String BASE_PATH = "/sandbox/nq57";
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final SandboxApi api;

  SandboxController(SandboxApi api) {
    this.api = api;
  }

  @PostMapping("/oauth2/token")
  public ResponseEntity<TokenResponse> token(
      @RequestParam(name = "grant_type", required = false) String grantType,
      @RequestParam(name = "client_id", required = false) String clientId,
      @RequestParam(name = "client_secret", required = false) String clientSecret) {
    TokenResponse token = api.issueToken(grantType, clientId, clientSecret);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(token);
  }

  @GetMapping("/api/v1/units/{unitCode}/tasks")
  public TaskPage tasks(
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization,
      @PathVariable("unitCode") String unitCode,
      @RequestParam(name = "page", required = false) String page,
      @RequestParam(name = "size", required = false) String size) {
    return api.tasks(authorization, unitCode, page, size);
  }

  @PostMapping("/api/v1/task-reports")
  public ResponseEntity<AcceptedResponse> taskReports(
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
      @RequestBody(required = false) byte[] body) {
    return accepted(api.submitTasks(authorization, idempotencyKey, body));
  }

  @PostMapping("/api/v1/indicator-reports")
  public ResponseEntity<AcceptedResponse> indicatorReports(
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
      @RequestBody(required = false) byte[] body) {
    return accepted(api.submitIndicators(authorization, idempotencyKey, body));
  }

  @GetMapping("/api/v1/submissions/{submissionId}")
  public SubmissionView submission(
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization,
      @PathVariable("submissionId") String submissionId) {
    return api.submission(authorization, submissionId);
  }

  private static ResponseEntity<AcceptedResponse> accepted(Receipt receipt) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.accepted();
    if (receipt.replayed()) {
      answer.header("Idempotent-Replayed", "true");
    }
    return answer.body(receipt.response());
  }
}

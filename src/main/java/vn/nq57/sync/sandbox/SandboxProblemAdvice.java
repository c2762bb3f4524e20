package vn.nq57.sync.sandbox;

import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the sandbox controller's refusals as RFC 9457 problems with the contract's code. It
 * applies to that controller only and goes first, so application-wide advice cannot reshape them.
 */
@RestControllerAdvice(assignableTypes = SandboxController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(prefix = "nq57.sandbox", name = "enabled", havingValue = "true")
class SandboxProblemAdvice {

  static final String TYPE_BASE = "https://api.nq57.example/problems/";
  private static final Logger log = LoggerFactory.getLogger(SandboxProblemAdvice.class);

  @ExceptionHandler(SandboxException.class)
  ResponseEntity<ProblemDetail> refused(SandboxException refusal) {
    ProblemDetail problem = problem(refusal.code(), refusal.getMessage());
    if (!refusal.errors().isEmpty()) {
      problem.setProperty("errors", refusal.errors());
    }
    ResponseEntity.BodyBuilder answer = answer(refusal.code());
    if (refusal.retryAfterSeconds() != null) {
      answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
    }
    if (refusal.code().status() == 401) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return answer.body(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> failed(Exception failure) {
    log.error("NQ57 sandbox failed on a request", failure);
    ProblemDetail problem = problem(ProblemCode.INTERNAL_ERROR, "unexpected sandbox failure");
    return answer(ProblemCode.INTERNAL_ERROR).body(problem);
  }

  private static ProblemDetail problem(ProblemCode code, String detail) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(code.status()), detail);
    problem.setType(URI.create(TYPE_BASE + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    problem.setTitle(code.title());
    problem.setProperty("code", code.name());
    return problem;
  }

  private static ResponseEntity.BodyBuilder answer(ProblemCode code) {
    return ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }
}

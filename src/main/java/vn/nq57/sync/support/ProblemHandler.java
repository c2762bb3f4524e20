package vn.nq57.sync.support;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Answers the operator API's errors as RFC 9457 problem details with a stable type per error. */
@RestControllerAdvice(basePackages = "vn.nq57.sync")
class ProblemHandler extends ResponseEntityExceptionHandler {

  static final String TYPE_BASE = "https://nq57-sync.local/problems/";

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
  }

  @ExceptionHandler(PermanentFailureException.class)
  ProblemDetail permanent(PermanentFailureException e) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "permanent-failure", e.getMessage());
    problem.setProperty("code", e.code());
    return problem;
  }

  @ExceptionHandler(TransientFailureException.class)
  ProblemDetail transientFailure(TransientFailureException e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "transient-failure", e.getMessage());
  }

  static ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    return problem;
  }
}

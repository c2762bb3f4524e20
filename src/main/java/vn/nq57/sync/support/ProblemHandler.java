package vn.nq57.sync.support;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers the operator API's errors as RFC 9457 problem details with a stable type per error
 * ({@link ProblemType}): Spring's own answers (unreadable body, 405, 415, unknown path…) get the
 * type of their status, constraint violations are a 400 {@code validation} problem naming each
 * field, and anything unexpected is a 500 {@code internal} problem without its message.
 */
@RestControllerAdvice(basePackages = "vn.nq57.sync")
class ProblemHandler extends ResponseEntityExceptionHandler {

  static final String TYPE_BASE = ProblemType.BASE;
  private static final URI ABOUT_BLANK = URI.create("about:blank");
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

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

  @ExceptionHandler(OperatorRefusalException.class)
  ProblemDetail refused(OperatorRefusalException e) {
    ProblemDetail problem = typed(e.kind().type(), e.getMessage());
    e.properties().forEach(problem::setProperty);
    return problem;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException e) {
    return validation(ValidationErrors.of(e));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    // The message may name internals (SQL, paths, hosts): it goes to the log, never the answer.
    log.error("Unexpected failure answering an API request", e);
    return typed(ProblemType.INTERNAL, "An unexpected error occurred; see the adapter's log.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return handleExceptionInternal(
        e, validation(ValidationErrors.of(e)), headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (!status.is4xxClientError()) {
      return super.handleHandlerMethodValidationException(e, headers, status, request);
    }
    return handleExceptionInternal(
        e, validation(ValidationErrors.of(e)), headers, HttpStatus.BAD_REQUEST, request);
  }

  /** Every answer built by the base class passes here: a Spring default gets a stable type. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> answer =
        super.handleExceptionInternal(e, body, headers, status, request);
    if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
      withStableType(problem, answer.getStatusCode());
    }
    return answer;
  }

  static ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    return problem;
  }

  static ProblemDetail typed(ProblemType type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    return problem;
  }

  private static ProblemDetail validation(ValidationErrors errors) {
    ProblemDetail problem = typed(ProblemType.VALIDATION, errors.summary());
    problem.setProperty("errors", errors.list());
    return problem;
  }

  private static void withStableType(ProblemDetail problem, HttpStatusCode status) {
    // Spring leaves its own problems untyped (null, or about:blank before Spring 7).
    if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
      ProblemType type = ProblemType.forStatus(status);
      problem.setType(type.uri());
      if (status.is5xxServerError()) {
        problem.setDetail(type.meaning());
      }
    }
  }
}

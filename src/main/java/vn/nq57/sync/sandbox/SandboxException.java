package vn.nq57.sync.sandbox;

import java.time.Duration;
import java.util.List;

/** A request the sandbox refuses; becomes an RFC 9457 problem response. */
class SandboxException extends RuntimeException {

  private final ProblemCode code;
  private final transient List<FieldError> errors;
  private final Duration retryAfter;

  SandboxException(ProblemCode code, String detail) {
    this(code, detail, List.of(), null);
  }

  SandboxException(ProblemCode code, String detail, List<FieldError> errors, Duration retryAfter) {
    super(detail);
    this.code = code;
    this.errors = List.copyOf(errors);
    this.retryAfter = retryAfter;
  }

  static SandboxException retryLater(ProblemCode code, String detail, Duration retryAfter) {
    return new SandboxException(code, detail, List.of(), retryAfter);
  }

  ProblemCode code() {
    return code;
  }

  List<FieldError> errors() {
    return errors;
  }

  /** Whole seconds, rounded up, at least 1; null when the problem carries no Retry-After. */
  Long retryAfterSeconds() {
    if (retryAfter == null) {
      return null;
    }
    long seconds = retryAfter.plusNanos(999_999_999L).getSeconds();
    return Math.max(1, seconds);
  }
}

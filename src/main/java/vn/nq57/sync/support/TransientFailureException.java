package vn.nq57.sync.support;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may pass by itself (timeout, connection reset, 5xx, 429, maintenance): retried
 * with backoff, honouring the server's Retry-After when it gave one.
 */
public class TransientFailureException extends RuntimeException {

  private final transient Duration retryAfter;
  private final Integer httpStatus;
  private final String code;

  public TransientFailureException(String message, Duration retryAfter, Throwable cause) {
    this(message, retryAfter, cause, null, null);
  }

  /** A failure the other side answered, with its HTTP status and error code. */
  public TransientFailureException(
      String message, Duration retryAfter, Throwable cause, Integer httpStatus, String code) {
    super(message, cause);
    this.retryAfter = retryAfter;
    this.httpStatus = httpStatus;
    this.code = code;
  }

  public TransientFailureException(String message) {
    this(message, null, null);
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The HTTP status of the answer, when there was one. */
  public Integer httpStatus() {
    return httpStatus;
  }

  /** The other side's error code, when it gave one. */
  public String code() {
    return code;
  }
}

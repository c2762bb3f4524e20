package vn.nq57.sync.support;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may pass by itself (timeout, connection reset, 5xx, 429, maintenance): retried
 * with backoff, honouring the server's Retry-After when it gave one.
 */
public class TransientFailureException extends RuntimeException {

  private final transient Duration retryAfter;

  public TransientFailureException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  public TransientFailureException(String message) {
    this(message, null, null);
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}

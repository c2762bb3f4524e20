package vn.nq57.sync.support;

import java.time.Duration;

/**
 * The other side asked the adapter to wait (429, 503 maintenance, or a Retry-After pause still
 * running, in which case the request did not even leave). Waiting is not failing: callers
 * reschedule without counting an attempt.
 */
public class WaitRequestedException extends TransientFailureException {

  public WaitRequestedException(
      String message, Duration retryAfter, Integer httpStatus, String code) {
    super(message, retryAfter, null, httpStatus, code);
  }
}

package vn.nq57.sync.source;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nq57.sync.support.TransientFailureException;

/**
 * Calls a source again after a transient failure, waiting twice as long each time (at most the
 * server's Retry-After or one minute); the last failure goes to the caller. Permanent failures are
 * never repeated.
 */
final class Retrying {

  private static final Logger log = LoggerFactory.getLogger(Retrying.class);
  private static final Duration MAX_WAIT = Duration.ofMinutes(1);

  private Retrying() {}

  static <T> T call(String what, int maxAttempts, Duration initialBackoff, Supplier<T> call) {
    Duration wait = initialBackoff;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (TransientFailureException e) {
        if (attempt >= maxAttempts) {
          throw e;
        }
        Duration pause = e.retryAfter().filter(r -> r.compareTo(MAX_WAIT) < 0).orElse(wait);
        log.warn(
            "{} failed (attempt {}/{}): {}; again in {}",
            what,
            attempt,
            maxAttempts,
            e.getMessage(),
            pause);
        sleep(pause);
        wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
      }
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientFailureException("interrupted while waiting to retry");
    }
  }
}

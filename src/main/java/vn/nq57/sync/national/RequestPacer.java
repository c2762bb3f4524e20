package vn.nq57.sync.national;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.nq57.sync.support.WaitRequestedException;

/**
 * Keeps the adapter under the contract's request rate (60 per minute per client) by waiting before
 * a request rather than drawing a 429, and holds every request back while the server has asked for
 * a pause with Retry-After (429 or 503).
 */
@Component
class RequestPacer {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int perMinute;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Deque<Instant> sent = new ArrayDeque<>();
  private Instant pausedUntil = Instant.MIN;

  @Autowired
  RequestPacer(NationalApiProperties properties, Clock clock) {
    this(properties.maxRequestsPerMinute(), clock, Sleeper.THREAD);
  }

  RequestPacer(int perMinute, Clock clock, Sleeper sleeper) {
    this.perMinute = perMinute;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until one more request fits into the rate, then counts it; refuses at once while the
   * server's Retry-After pause lasts, so the caller schedules its retry instead of blocking.
   */
  synchronized void acquire() {
    Instant now = clock.instant();
    if (now.isBefore(pausedUntil)) {
      Duration left = Duration.between(now, pausedUntil);
      throw new WaitRequestedException(
          "not sent: the national API asked to wait until " + pausedUntil, left, null, null);
    }
    while (!sent.isEmpty() && !sent.peekFirst().plus(WINDOW).isAfter(now)) {
      sent.removeFirst();
    }
    if (sent.size() >= perMinute) {
      sleeper.sleep(Duration.between(now, sent.removeFirst().plus(WINDOW)));
      now = clock.instant();
    }
    sent.addLast(now);
  }

  /** The server said to wait (429 or 503 with Retry-After): no request goes out before then. */
  synchronized void pauseFor(Duration retryAfter) {
    Instant until = clock.instant().plus(retryAfter);
    if (until.isAfter(pausedUntil)) {
      pausedUntil = until;
    }
  }

  /** Waiting, replaceable in tests. */
  interface Sleeper {
    Sleeper THREAD =
        duration -> {
          try {
            Thread.sleep(Math.max(0, duration.toMillis()));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };

    void sleep(Duration duration);
  }
}

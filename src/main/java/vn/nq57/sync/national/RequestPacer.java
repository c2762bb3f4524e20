package vn.nq57.sync.national;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.nq57.sync.support.WaitRequestedException;

/**
 * Keeps the adapter under the contract's request rate (60 per minute per client) by waiting before
 * a request rather than drawing a 429, and holds every request back while the server has asked for
 * a pause with Retry-After (429 or 503). The budget and the pause are shared by every instance on
 * the database ({@link SharedRateBudget}): two instances together stay under the limit.
 */
@Component
class RequestPacer {

  private final int perMinute;
  private final Duration window;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RateBudget budget;

  @Autowired
  RequestPacer(NationalApiProperties properties, Clock clock, SharedRateBudget budget) {
    this(
        properties.maxRequestsPerMinute(),
        properties.rateWindowMargin(),
        clock,
        Sleeper.THREAD,
        budget);
  }

  /**
   * @param margin added to the contract's minute: the pacer stamps a slot when it takes it, the
   *     server when the request arrives, a few hundred milliseconds later; without the margin a
   *     slot leaves the pacer's window while the server still counts it, and the next request draws
   *     a 429
   */
  RequestPacer(int perMinute, Duration margin, Clock clock, Sleeper sleeper, RateBudget budget) {
    this.perMinute = perMinute;
    this.window = RateBudget.MINUTE.plus(margin);
    this.clock = clock;
    this.sleeper = sleeper;
    this.budget = budget;
  }

  /**
   * Waits until one more request fits into the shared rate, then counts it; refuses at once while
   * the server's Retry-After pause lasts, so the caller reschedules instead of blocking.
   */
  void acquire() {
    while (true) {
      Instant now = clock.instant();
      Instant pausedUntil = budget.pausedUntil();
      if (now.isBefore(pausedUntil)) {
        Duration left = Duration.between(now, pausedUntil);
        throw new WaitRequestedException(
            "not sent: the national API asked to wait until " + pausedUntil, left, null, null);
      }
      Optional<Duration> wait = budget.tryTake(now, perMinute, window);
      if (wait.isEmpty()) {
        return;
      }
      sleeper.sleep(wait.get());
    }
  }

  /** The server said to wait (429 or 503 with Retry-After): no request goes out before then. */
  void pauseFor(Duration retryAfter) {
    budget.pauseUntil(clock.instant().plus(retryAfter));
  }

  /** Waiting, replaceable in tests. */
  interface Sleeper {
    Sleeper THREAD =
        duration -> {
          try {
            Thread.sleep(Math.max(1, duration.toMillis()));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };

    void sleep(Duration duration);
  }
}

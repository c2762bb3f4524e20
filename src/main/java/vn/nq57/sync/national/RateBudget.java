package vn.nq57.sync.national;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Where the requests of the last minute and the national side's pause are kept: in the database,
 * shared by every instance (production), or in memory (unit tests).
 */
interface RateBudget {

  /** The contract's window: {@code max-requests-per-minute} per minute. */
  Duration MINUTE = Duration.ofMinutes(1);

  /**
   * Takes one request slot at {@code now} if fewer than {@code perWindow} were taken within {@code
   * window} before it; otherwise takes nothing and answers how long to wait for the oldest to
   * leave.
   */
  Optional<Duration> tryTake(Instant now, int perWindow, Duration window);

  Instant pausedUntil();

  /** Extends the pause to {@code until}, never shortens it. */
  void pauseUntil(Instant until);

  /** The budget of one process. */
  final class InMemory implements RateBudget {

    private final Deque<Instant> sent = new ArrayDeque<>();
    private Instant pausedUntil = Instant.MIN;

    @Override
    public synchronized Optional<Duration> tryTake(Instant now, int perWindow, Duration window) {
      while (!sent.isEmpty() && !sent.peekFirst().plus(window).isAfter(now)) {
        sent.removeFirst();
      }
      if (sent.size() >= perWindow) {
        return Optional.of(Duration.between(now, sent.peekFirst().plus(window)));
      }
      sent.addLast(now);
      return Optional.empty();
    }

    @Override
    public synchronized Instant pausedUntil() {
      return pausedUntil;
    }

    @Override
    public synchronized void pauseUntil(Instant until) {
      if (until.isAfter(pausedUntil)) {
        pausedUntil = until;
      }
    }
  }
}

package vn.nq57.sync.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A sliding one-minute window per client: the request past the limit gets 429 with Retry-After. */
class RateLimiter {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int limit;
  private final Clock clock;
  private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();

  RateLimiter(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /** Counts one request of the client, or refuses it; refused requests are not counted. */
  void acquire(String clientId) {
    Deque<Instant> window = windows.computeIfAbsent(clientId, id -> new ArrayDeque<>());
    Instant now = clock.instant();
    synchronized (window) {
      while (!window.isEmpty() && !window.peekFirst().plus(WINDOW).isAfter(now)) {
        window.pollFirst();
      }
      if (window.size() >= limit) {
        Duration wait = Duration.between(now, window.peekFirst().plus(WINDOW));
        throw SandboxException.retryLater(
            ProblemCode.RATE_LIMITED, "more than " + limit + " requests per minute", wait);
      }
      window.addLast(now);
    }
  }
}

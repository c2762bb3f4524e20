package vn.nq57.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.support.MutableClock;

class RateLimiterTest {

  private final MutableClock clock = new MutableClock(Reports.NOW);
  private final RateLimiter limiter = new RateLimiter(3, clock);

  @Test
  void refusesTheRequestPastTheLimitWithSecondsUntilTheOldestLeavesTheWindow() {
    limiter.acquire("a");
    clock.advance(Duration.ofSeconds(20));
    limiter.acquire("a");
    limiter.acquire("a");

    assertThatThrownBy(() -> limiter.acquire("a"))
        .isInstanceOfSatisfying(
            SandboxException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ProblemCode.RATE_LIMITED);
              assertThat(e.retryAfterSeconds()).isEqualTo(40);
            });
  }

  @Test
  void letsRequestsThroughAgainOnceTheWindowHasSlid() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }
    clock.advance(Duration.ofSeconds(60));

    limiter.acquire("a");
  }

  @Test
  void countsEachClientSeparately() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }

    limiter.acquire("b");
  }
}

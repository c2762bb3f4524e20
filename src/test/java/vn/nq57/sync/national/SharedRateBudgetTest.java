package vn.nq57.sync.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.MutableClock;
import vn.nq57.sync.support.WaitRequestedException;

/**
 * Two instances on one database share one rate budget and one pause: together they send no more
 * than max-requests-per-minute, and a Retry-After seen by one holds the other back too.
 */
class SharedRateBudgetTest extends IntegrationTestSupport {

  @Autowired SharedRateBudget budget;

  private final MutableClock clock = new MutableClock(Instant.parse("2031-01-01T00:00:00Z"));
  private final List<Duration> waits = new ArrayList<>();

  @Test
  void twoInstancesTogetherStayUnderTheLimit() {
    RequestPacer first = pacer();
    RequestPacer second = pacer();
    for (int i = 0; i < 5; i++) {
      (i % 2 == 0 ? first : second).acquire();
      clock.advance(Duration.ofSeconds(1));
    }
    assertThat(waits).isEmpty();

    second.acquire();

    // The sixth request of the minute waits for the first one (taken by the other instance) to
    // leave the window: a minute and the 1 s margin after it, 56 s from now.
    assertThat(waits).containsExactly(Duration.ofSeconds(56));
  }

  @Test
  void aPauseAskedOfOneInstanceHoldsTheOtherBack() {
    pacer().pauseFor(Duration.ofSeconds(30));
    assertThatThrownBy(pacer()::acquire).isInstanceOf(WaitRequestedException.class);
    clock.advance(Duration.ofSeconds(31));
    pacer().acquire();
    assertThat(waits).isEmpty();
  }

  private RequestPacer pacer() {
    return new RequestPacer(
        5,
        Duration.ofSeconds(1),
        clock,
        duration -> {
          waits.add(duration);
          clock.advance(duration);
        },
        budget);
  }
}

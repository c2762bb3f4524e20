package vn.nq57.sync.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.support.MutableClock;
import vn.nq57.sync.support.TransientFailureException;

class RequestPacerTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-08-25T02:00:00Z"));
  private final List<Duration> waits = new ArrayList<>();
  private final RequestPacer pacer =
      new RequestPacer(
          60,
          clock,
          duration -> {
            waits.add(duration);
            clock.advance(duration);
          },
          new RateBudget.InMemory());

  @Test
  void sendsSixtyRequestsInAMinuteWithoutWaiting() {
    for (int i = 0; i < 60; i++) {
      pacer.acquire();
      clock.advance(Duration.ofMillis(100));
    }
    assertThat(waits).isEmpty();
  }

  @Test
  void waitsForTheOldestRequestToLeaveTheMinuteBeforeTheSixtyFirst() {
    for (int i = 0; i < 60; i++) {
      pacer.acquire();
      clock.advance(Duration.ofMillis(100));
    }
    pacer.acquire();
    assertThat(waits).containsExactly(Duration.ofMillis(54_000));
  }

  @Test
  void refusesEveryRequestWhileTheServerAskedToWait() {
    pacer.pauseFor(Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(10));
    assertThatThrownBy(pacer::acquire)
        .isInstanceOfSatisfying(
            TransientFailureException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(20)));
    clock.advance(Duration.ofSeconds(20));
    pacer.acquire();
    assertThat(waits).isEmpty();
  }
}

package vn.nq57.sync.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.support.MutableClock;
import vn.nq57.sync.support.TransientFailureException;

class RequestPacerTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-08-25T02:00:00Z"));
  private final List<Duration> waits = new ArrayList<>();
  private final RequestPacer pacer =
      new RequestPacer(
          60,
          Duration.ofSeconds(1),
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
    // The first left the pacer's window (a minute and the 1 s margin) 55 s from now.
    assertThat(waits).containsExactly(Duration.ofMillis(55_000));
  }

  @Test
  void requestsThatArriveLateStillFitTheServersMinute() {
    // The server counts a request when it arrives, up to 800 ms after the pacer stamped it (the
    // first of a run is the slowest): its sliding minute must never hold more than 60 arrivals.
    Random latency = new Random(57);
    List<Instant> arrivals = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      pacer.acquire();
      arrivals.add(clock.instant().plusMillis(i == 0 ? 800 : latency.nextInt(400)));
      clock.advance(Duration.ofMillis(latency.nextInt(50)));
    }
    arrivals.sort(null);
    for (int i = 60; i < arrivals.size(); i++) {
      assertThat(Duration.between(arrivals.get(i - 60), arrivals.get(i)))
          .as("arrival %d and the 60th before it", i)
          .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    }
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

package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The login throttle on a clock moved by hand: lockout, its end, and one WARN line each. */
class LoginThrottleTest {

  private static final String ADDRESS = "203.0.113.7";

  private final MutableClock clock = new MutableClock(TestClockConfiguration.START);
  private final LoginThrottle throttle =
      new LoginThrottle(
          new SecurityProperties.LoginThrottle(10, Duration.ofMinutes(1), Duration.ofMinutes(5)),
          clock,
          Set.of("operator", "admin"));
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void captureLog() {
    logged.start();
    ((Logger) LoggerFactory.getLogger(LoginThrottle.class)).addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    ((Logger) LoggerFactory.getLogger(LoginThrottle.class)).detachAppender(logged);
  }

  @Test
  void locksOutAfterTenFailuresWithinAMinuteUntilTheLockoutEnds() {
    failTimes(9, "operator", ADDRESS, Duration.ofSeconds(5));
    assertThat(throttle.lockedFor("operator", ADDRESS)).isEmpty();
    throttle.failed("operator", ADDRESS);
    assertThat(throttle.lockedFor("operator", ADDRESS)).contains(Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(4));
    assertThat(throttle.lockedFor("operator", "198.51.100.1")).contains(Duration.ofMinutes(1));
    assertThat(throttle.lockedFor("admin", ADDRESS)).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.lockedFor("operator", ADDRESS)).isEmpty();
  }

  @Test
  void forgetsFailuresOlderThanTheWindow() {
    failTimes(30, "operator", ADDRESS, Duration.ofSeconds(7));
    assertThat(throttle.lockedFor("operator", ADDRESS)).isEmpty();
  }

  @Test
  void logsEachLockoutOnceAsWarnWithUserAndAddress() {
    failTimes(10, "operator", ADDRESS, Duration.ZERO);
    List<String> lines = warnings();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("user 'operator'", ADDRESS, "PT5M");
    assertThat(lines.get(1)).contains("from " + ADDRESS, "'operator'");
  }

  @Test
  void countsGuessedUserNamesAgainstTheirAddressOnly() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("guess-" + i + "\nFAKE LOG LINE", ADDRESS);
    }
    assertThat(throttle.lockedFor("operator", "198.51.100.1")).isEmpty();
    assertThat(throttle.lockedFor("operator", ADDRESS)).isPresent();
    assertThat(warnings()).singleElement().asString().doesNotContain("\n");
  }

  @Test
  void aSuccessfulLoginForgetsTheUsersEarlierFailures() {
    failTimes(9, "admin", "198.51.100.1", Duration.ZERO);
    throttle.succeeded("admin");
    throttle.failed("admin", "198.51.100.2");
    assertThat(throttle.lockedFor("admin", "198.51.100.3")).isEmpty();
  }

  private void failTimes(int times, String user, String address, Duration apart) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
      clock.advance(apart);
    }
  }

  private List<String> warnings() {
    return logged.list.stream()
        .filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }
}

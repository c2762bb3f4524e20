package vn.nq57.sync.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that starts at 09:00 on 25 Aug 2025 in Vietnam (the day after the sample report) and then
 * ticks in real time, so retries and polls become due without sleeping on a fixed clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

  public static final Instant START = OffsetDateTime.parse("2025-08-25T09:00:00+07:00").toInstant();

  @Bean
  @Primary
  Clock testClock() {
    Clock system = Clock.system(VietnamTime.ZONE);
    return Clock.offset(system, Duration.between(system.instant(), START));
  }
}

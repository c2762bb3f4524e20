package vn.nq57.sync.national;

import java.time.Duration;
import java.util.Optional;

/** One HTTP answer of the national API, before interpretation. */
record NationalResponse(int status, String body, String retryAfter, boolean replayed) {

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  Optional<Duration> retryAfterDuration() {
    if (retryAfter == null || retryAfter.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(retryAfter.trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

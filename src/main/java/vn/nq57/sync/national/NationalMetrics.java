package vn.nq57.sync.national;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Counts every request to the national API as {@code nq57.national.requests{endpoint, outcome}}:
 * endpoint is the contract's endpoint (token, task-reports, indicator-reports, submissions,
 * catalogue), never the concrete path, and outcome is how it ended (success, rate_limited for 429,
 * client_error, server_error, or transport_error when no answer came).
 */
@Component
class NationalMetrics {

  static final String REQUESTS = "nq57.national.requests";

  /** How a request to the national API ended. */
  enum Outcome {
    SUCCESS,
    RATE_LIMITED,
    CLIENT_ERROR,
    SERVER_ERROR,
    TRANSPORT_ERROR;

    static Outcome of(int status) {
      if (status == 429) {
        return RATE_LIMITED;
      }
      if (status >= 200 && status < 300) {
        return SUCCESS;
      }
      return status >= 500 ? SERVER_ERROR : CLIENT_ERROR;
    }

    String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final MeterRegistry meters;

  NationalMetrics(MeterRegistry meters) {
    this.meters = meters;
    for (String endpoint :
        new String[] {"token", "task-reports", "indicator-reports", "submissions", "catalogue"}) {
      for (Outcome outcome : Outcome.values()) {
        counter(endpoint, outcome);
      }
    }
  }

  void answered(String path, int status) {
    counter(endpoint(path), Outcome.of(status)).increment();
  }

  void unanswered(String path) {
    counter(endpoint(path), Outcome.TRANSPORT_ERROR).increment();
  }

  /** The endpoint of the contract a path belongs to; ids in the path never become tags. */
  static String endpoint(String path) {
    if (path.startsWith("/oauth2/token")) {
      return "token";
    }
    if (path.startsWith("/api/v1/task-reports")) {
      return "task-reports";
    }
    if (path.startsWith("/api/v1/units/")) {
      return "catalogue";
    }
    if (path.startsWith("/api/v1/indicator-reports")) {
      return "indicator-reports";
    }
    return path.startsWith("/api/v1/submissions") ? "submissions" : "other";
  }

  private Counter counter(String endpoint, Outcome outcome) {
    return Counter.builder(REQUESTS)
        .description("Requests to the national API by endpoint and outcome (429: rate_limited)")
        .tag("endpoint", endpoint)
        .tag("outcome", outcome.tag())
        .register(meters);
  }
}

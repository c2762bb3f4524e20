package vn.nq57.sync.national;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What this instance last learned about the national side: whether it refused the province's
 * credentials, and since when it has been unreachable (no answer, or only 5xx / maintenance). Kept
 * in memory: every instance uses the same credentials and network, and learns it again within a
 * call after a restart.
 */
@Component
public class NationalConnectivity {

  private final Clock clock;
  private Rejection rejection;
  private Instant unreachableSince;
  private String lastProblem;

  NationalConnectivity(Clock clock) {
    this.clock = clock;
  }

  /** The national side's view at this moment. */
  public synchronized State state() {
    return new State(
        Optional.ofNullable(rejection), Optional.ofNullable(unreachableSince), lastProblem);
  }

  synchronized void credentialsRejected(String code, String message) {
    if (rejection == null || !rejection.code().equals(code)) {
      rejection = new Rejection(code, message, clock.instant());
    }
  }

  synchronized void credentialsAccepted() {
    rejection = null;
  }

  synchronized void answered(int status) {
    if (status >= 500) {
      unreachable("answered " + status);
    } else {
      unreachableSince = null;
      lastProblem = null;
    }
  }

  synchronized void unreachable(String problem) {
    if (unreachableSince == null) {
      unreachableSince = clock.instant();
    }
    lastProblem = problem;
  }

  /** Rejected credentials (code such as INVALID_CLIENT) since a moment. */
  public record Rejection(String code, String message, Instant since) {}

  /**
   * @param rejection the credentials' rejection, if the last token request was refused
   * @param unreachableSince since when every call failed in transport or with 5xx, if it does
   * @param lastProblem the last such failure, for people
   */
  public record State(
      Optional<Rejection> rejection, Optional<Instant> unreachableSince, String lastProblem) {}
}

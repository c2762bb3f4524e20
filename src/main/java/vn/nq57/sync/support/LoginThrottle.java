package vn.nq57.sync.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed logins per user name and per client address and locks either out for a while once
 * too many fail within the window; each lockout is logged once as a WARN line with user and
 * address. Only the accounts' own user names are counted per user, so guessed names cannot fill the
 * memory; they still count against their address.
 */
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  /** Above this many tracked keys, idle ones are dropped at the next failure. */
  private static final int PRUNE_ABOVE = 10_000;

  private final SecurityProperties.LoginThrottle settings;
  private final Clock clock;
  private final Set<String> users;
  private final Map<String, Failures> byKey = new HashMap<>();

  LoginThrottle(SecurityProperties.LoginThrottle settings, Clock clock, Set<String> users) {
    this.settings = settings;
    this.clock = clock;
    this.users = Set.copyOf(users);
  }

  /** How long logins of this user or from this address are still refused, if they are. */
  public synchronized Optional<Duration> lockedFor(String user, String address) {
    Instant now = clock.instant();
    Instant until = later(lockEnd(userKey(user)), lockEnd(addressKey(address)));
    return until == null || !until.isAfter(now)
        ? Optional.empty()
        : Optional.of(Duration.between(now, until));
  }

  public synchronized void failed(String user, String address) {
    Instant now = clock.instant();
    if (byKey.size() > PRUNE_ABOVE) {
      byKey.values().removeIf(f -> f.idle(now, settings.window()));
    }
    String userKey = userKey(user);
    if (userKey != null && count(userKey, now)) {
      log.warn(
          "Throttling logins of user '{}' for {}: {} failed logins within {}, the last from {}",
          printable(user),
          settings.lockout(),
          settings.maxFailures(),
          settings.window(),
          address);
    }
    if (count(addressKey(address), now)) {
      log.warn(
          "Throttling logins from {} for {}: {} failed logins within {}, the last as user '{}'",
          address,
          settings.lockout(),
          settings.maxFailures(),
          settings.window(),
          printable(user));
    }
  }

  /** A successful login forgets the user's earlier failures (not the address's). */
  public synchronized void succeeded(String user) {
    String key = userKey(user);
    if (key != null) {
      byKey.remove(key);
    }
  }

  /** Forgets every failure and lockout. */
  synchronized void clear() {
    byKey.clear();
  }

  /** Counts a failure; true when it starts a lockout. */
  private boolean count(String key, Instant now) {
    Failures failures = byKey.computeIfAbsent(key, k -> new Failures());
    failures.times.addLast(now);
    while (!failures.times.getFirst().isAfter(now.minus(settings.window()))) {
      failures.times.removeFirst();
    }
    if (failures.times.size() < settings.maxFailures()) {
      return false;
    }
    failures.times.clear();
    failures.lockedUntil = now.plus(settings.lockout());
    return true;
  }

  private Instant lockEnd(String key) {
    Failures failures = key == null ? null : byKey.get(key);
    return failures == null ? null : failures.lockedUntil;
  }

  private String userKey(String user) {
    return user != null && users.contains(user) ? "user:" + user : null;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  /** A guessed user name goes to the log: no line breaks or control characters, and not long. */
  private static String printable(String user) {
    String clean = user.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
  }

  private static final class Failures {
    private final Deque<Instant> times = new ArrayDeque<>();
    private Instant lockedUntil;

    boolean idle(Instant now, Duration window) {
      boolean locked = lockedUntil != null && lockedUntil.isAfter(now);
      return !locked && (times.isEmpty() || times.getLast().isBefore(now.minus(window)));
    }
  }
}

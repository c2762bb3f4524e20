package vn.nq57.sync.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a basic login of a throttled user or address with 429 {@code too-many-requests} and
 * Retry-After before its password is looked at, and tells the {@link LoginThrottle} how each other
 * basic login went: the basic filter after this one answers every failed login with 401.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final String BASIC = "basic ";

  private final LoginThrottle throttle;
  private final SecurityProblems problems;

  LoginThrottleFilter(LoginThrottle throttle, SecurityProblems problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = basicUser(request);
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> locked = throttle.lockedFor(user, address);
    if (locked.isPresent()) {
      long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      problems.write(
          response,
          ProblemType.TOO_MANY_REQUESTS,
          "Too many failed logins for this user or from this address; try again in "
              + seconds
              + " s.",
          request.getRequestURI());
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(user, address);
    } else {
      throttle.succeeded(user);
    }
  }

  /** The user name of an HTTP basic Authorization header; the password is not kept. */
  private static String basicUser(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

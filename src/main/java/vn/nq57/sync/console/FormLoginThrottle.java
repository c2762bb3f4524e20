package vn.nq57.sync.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.nq57.sync.support.LoginThrottle;

/**
 * The login throttle of the API for the login form: a throttled user or address is sent back to the
 * form with {@code ?locked} before the password is looked at; a failed login counts against both,
 * and a successful one clears the user's count.
 */
class FormLoginThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler {

  private static final String USER = "username";

  private final LoginThrottle throttle;

  FormLoginThrottle(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod())
        && request.getServletPath().equals(ConsoleSecurity.LOGIN));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = request.getParameter(USER);
    Optional<Duration> locked =
        user == null ? Optional.empty() : throttle.lockedFor(user, request.getRemoteAddr());
    if (locked.isPresent()) {
      response.sendRedirect(request.getContextPath() + ConsoleSecurity.LOGIN + "?locked");
      return;
    }
    chain.doFilter(request, response);
    if (user != null && response.getStatus() < 400 && isSuccess(response)) {
      throttle.succeeded(user);
    }
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String user = request.getParameter(USER);
    if (user != null) {
      throttle.failed(user, request.getRemoteAddr());
    }
    response.sendRedirect(request.getContextPath() + ConsoleSecurity.LOGIN + "?error");
  }

  /** A successful form login redirects to the console, a failed one back to the form. */
  private static boolean isSuccess(HttpServletResponse response) {
    String location = response.getHeader("Location");
    return location != null && !location.contains(ConsoleSecurity.LOGIN);
  }
}

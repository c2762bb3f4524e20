package vn.nq57.sync.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The accounts of the operator API and its defences. Passwords may be given as {@code
 * {bcrypt}$2a$...} hashes, {@code {noop}...} or plain text; outside the demo a plain one must pass
 * {@link PasswordPolicy} at start-up. They are never logged.
 *
 * @param operatorUser operators read runs and submissions and start runs
 * @param operatorPassword the operator's password
 * @param adminUser admins may also change mappings
 * @param adminPassword the admin's password
 * @param loginThrottle how repeated failed logins are slowed down
 * @param maxRequestSize the largest request body accepted; larger ones get 413 payload-too-large
 */
@Validated
@ConfigurationProperties("nq57.security")
public record SecurityProperties(
    @DefaultValue("operator") String operatorUser,
    @NotBlank(message = "set nq57.security.operator-password (or NQ57_SECURITY_OPERATOR_PASSWORD)")
        String operatorPassword,
    @DefaultValue("admin") String adminUser,
    @NotBlank(message = "set nq57.security.admin-password (or NQ57_SECURITY_ADMIN_PASSWORD)")
        String adminPassword,
    @DefaultValue @Valid LoginThrottle loginThrottle,
    @DefaultValue("2MB") @NotNull DataSize maxRequestSize) {

  @Override
  public String toString() {
    return "SecurityProperties[operatorUser="
        + operatorUser
        + ", adminUser="
        + adminUser
        + ", loginThrottle="
        + loginThrottle
        + ", maxRequestSize="
        + maxRequestSize
        + "]";
  }

  /**
   * Failed logins counted per user name and per client address: after {@code maxFailures} within
   * {@code window}, every login of that user or from that address is answered 429 for {@code
   * lockout}, right password or not.
   *
   * @param maxFailures failed logins within the window that start a lockout
   * @param window the sliding window in which failures are counted
   * @param lockout how long a user or address is refused once throttled
   */
  public record LoginThrottle(
      @DefaultValue("10") @Min(1) int maxFailures,
      @DefaultValue("1m") @NotNull Duration window,
      @DefaultValue("5m") @NotNull Duration lockout) {}
}

package vn.nq57.sync.support;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The accounts of the operator API. Passwords may be given as {@code {bcrypt}$2a$...} hashes (or
 * {@code {noop}...} for a local trial); they are never logged.
 *
 * @param operatorUser operators read runs and submissions and start runs
 * @param operatorPassword the operator's password
 * @param adminUser admins may also change mappings
 * @param adminPassword the admin's password
 */
@Validated
@ConfigurationProperties("nq57.security")
public record SecurityProperties(
    @DefaultValue("operator") String operatorUser,
    @NotBlank(message = "set nq57.security.operator-password (or NQ57_SECURITY_OPERATOR_PASSWORD)")
        String operatorPassword,
    @DefaultValue("admin") String adminUser,
    @NotBlank(message = "set nq57.security.admin-password (or NQ57_SECURITY_ADMIN_PASSWORD)")
        String adminPassword) {

  @Override
  public String toString() {
    return "SecurityProperties[operatorUser=" + operatorUser + ", adminUser=" + adminUser + "]";
  }
}

package vn.nq57.sync.sandbox;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the built-in national API sandbox; bound only when {@code nq57.sandbox.enabled=true}.
 *
 * @param enabled serve the sandbox under {@code /sandbox/nq57}
 * @param clientId the one client the sandbox knows
 * @param clientSecret its secret; never logged or printed
 * @param unitCode the reporting unit the client reports for
 * @param tokenTtl how long an issued token lives
 * @param processingDelay time from RECEIVED to COMPLETED of a submission
 * @param rateLimitPerMinute requests per client in any 60-second window before 429
 */
@Validated
@ConfigurationProperties("nq57.sandbox")
public record SandboxProperties(
    boolean enabled,
    @NotBlank(message = "set nq57.sandbox.client-id (or NQ57_SANDBOX_CLIENT_ID)") String clientId,
    @NotBlank(message = "set nq57.sandbox.client-secret (or NQ57_SANDBOX_CLIENT_SECRET)")
        String clientSecret,
    @DefaultValue("51") @NotBlank(message = "set nq57.sandbox.unit-code, e.g. 51") String unitCode,
    @DefaultValue("300s")
        @NotNull
        @DurationMin(seconds = 1, message = "nq57.sandbox.token-ttl must be at least 1s")
        Duration tokenTtl,
    @DefaultValue("1s")
        @NotNull
        @DurationMin(seconds = 0, message = "nq57.sandbox.processing-delay must not be negative")
        Duration processingDelay,
    @DefaultValue("60") @Min(value = 1, message = "nq57.sandbox.rate-limit-per-minute must be >= 1")
        int rateLimitPerMinute) {

  @Override
  public String toString() {
    return "SandboxProperties[enabled="
        + enabled
        + ", clientId="
        + clientId
        + ", clientSecret=****, unitCode="
        + unitCode
        + ", tokenTtl="
        + tokenTtl
        + ", processingDelay="
        + processingDelay
        + ", rateLimitPerMinute="
        + rateLimitPerMinute
        + "]";
  }
}

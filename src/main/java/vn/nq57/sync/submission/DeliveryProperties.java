package vn.nq57.sync.submission;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How submissions are delivered.
 *
 * @param pushInterval how often the outbox is looked at for due submissions
 * @param maxAttempts transient failures are retried up to this many sends, then FAILED
 * @param initialBackoff first wait after a transient failure; doubled on every further failure
 * @param maxBackoff the longest wait between two attempts
 * @param pollInterval how often an unacknowledged submission is polled at first
 * @param maxPollInterval the longest wait between two polls
 */
@Validated
@ConfigurationProperties("nq57.delivery")
public record DeliveryProperties(
    @DefaultValue("5s") Duration pushInterval,
    @DefaultValue("8") @Min(1) int maxAttempts,
    @DefaultValue("10s") Duration initialBackoff,
    @DefaultValue("15m") Duration maxBackoff,
    @DefaultValue("2s") Duration pollInterval,
    @DefaultValue("5m") Duration maxPollInterval) {}

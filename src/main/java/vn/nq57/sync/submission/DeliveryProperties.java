package vn.nq57.sync.submission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How submissions are delivered.
 *
 * @param pushInterval how often the outbox is looked at for due submissions
 * @param pushWorkers how many submissions may be on their way to the national API at once: a slow
 *     or trickling answer holds one worker (up to {@code nq57.national.call-deadline}) while the
 *     others keep sending; the shared rate budget paces them all
 * @param giveUpAfter how long a submission is retried after it was written (or replayed) before it
 *     is FAILED for a person: decided by elapsed time, never by how often the adapter tried or was
 *     asked to wait. The default keeps a daily or weekly report trying well past its due time
 * @param initialBackoff first wait after a transient failure; doubled on every further failure
 * @param maxBackoff the longest wait between two attempts
 * @param pollInterval how often an unacknowledged submission is polled at first
 * @param maxPollInterval the longest wait between two polls
 */
@Validated
@ConfigurationProperties("nq57.delivery")
public record DeliveryProperties(
    @DefaultValue("5s") Duration pushInterval,
    @DefaultValue("2") @Min(1) @Max(8) int pushWorkers,
    @DefaultValue("24h") Duration giveUpAfter,
    @DefaultValue("10s") Duration initialBackoff,
    @DefaultValue("15m") Duration maxBackoff,
    @DefaultValue("2s") Duration pollInterval,
    @DefaultValue("5m") Duration maxPollInterval) {}

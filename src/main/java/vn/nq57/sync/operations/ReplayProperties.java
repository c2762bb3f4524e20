package vn.nq57.sync.operations;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How fast replay jobs feed the outbox. A job only re-queues; the pusher sends within the shared
 * rate budget. Keeping few of a job's submissions waiting in the outbox at a time lets scheduled
 * reports go first and makes a pause or cancel take effect at once.
 *
 * @param stepInterval how often running jobs move on
 * @param batch the most submissions one job re-queues per step
 * @param maxInFlight the most of a job's re-queued submissions waiting to be sent (PENDING) before
 *     it re-queues more
 */
@Validated
@ConfigurationProperties("nq57.replay")
public record ReplayProperties(
    @DefaultValue("5s") @NotNull Duration stepInterval,
    @DefaultValue("10") @Min(1) int batch,
    @DefaultValue("20") @Min(1) int maxInFlight) {}

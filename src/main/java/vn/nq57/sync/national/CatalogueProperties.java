package vn.nq57.sync.national;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When and how the national task catalogue of the reporting unit is read into the database.
 *
 * @param refreshEnabled whether the catalogue is read on its schedule (on demand it always can be)
 * @param refreshCron when, in Vietnam time (Quartz cron, seconds first); once for all instances
 * @param pageSize tasks asked for per page (the contract allows 1 to 500)
 * @param maxWait how long one refresh may wait in all for the national side's 429/503 pauses before
 *     it gives up and keeps the catalogue it had
 */
@Validated
@ConfigurationProperties("nq57.catalogue")
public record CatalogueProperties(
    @DefaultValue("true") boolean refreshEnabled,
    @DefaultValue("0 0 5 * * ?") @NotBlank String refreshCron,
    @DefaultValue("500") @Min(1) @Max(500) int pageSize,
    @DefaultValue("2m") Duration maxWait) {}

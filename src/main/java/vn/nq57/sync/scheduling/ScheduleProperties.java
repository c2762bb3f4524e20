package vn.nq57.sync.scheduling;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The schedules, as Quartz cron expressions in Asia/Ho_Chi_Minh.
 *
 * @param dailyCron the DAY report of changed tasks (default 15:00 every day, before the 16:00 cut)
 * @param weeklyCron the WEEK full update (default Friday 14:00)
 */
@Validated
@ConfigurationProperties("nq57.schedules")
public record ScheduleProperties(
    @DefaultValue("0 0 15 * * ?") @NotBlank String dailyCron,
    @DefaultValue("0 0 14 ? * FRI") @NotBlank String weeklyCron) {}

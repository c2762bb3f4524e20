package vn.nq57.sync.run;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Indicator reports (docs/schedules.md, docs/sources.md).
 *
 * @param dropPeriod the period whose indicator report a dropped indicator sheet is queued for: the
 *     one of this type containing the day of the drop (MONTH by default)
 */
@Validated
@ConfigurationProperties("nq57.indicators")
record IndicatorRunProperties(@DefaultValue("MONTH") @NotNull PeriodType dropPeriod) {}

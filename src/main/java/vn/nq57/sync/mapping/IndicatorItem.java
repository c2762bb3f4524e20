package vn.nq57.sync.mapping;

import java.math.BigDecimal;

/**
 * One item of the national IndicatorReportBatch as a mapping produces it; the outbox adds the
 * revision.
 *
 * @param indicatorCode the national indicator code, e.g. {@code CDS.TTHC.SO_HOA_HO_SO}
 * @param value the figure, e.g. 78.52
 * @param unit e.g. {@code %}, or null when neither the figure nor the mapping gives one
 * @param note free text, or null
 */
public record IndicatorItem(String indicatorCode, BigDecimal value, String unit, String note) {}

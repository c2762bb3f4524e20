package vn.nq57.sync.national;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One item of an IndicatorReportBatch, exactly as the national contract defines it: the mapping
 * fills the code, value, unit and note; the outbox assigns the revision. A unit the contract does
 * not allow to be null is left out when there is none.
 */
public record IndicatorReport(
    String indicatorCode,
    BigDecimal value,
    @JsonInclude(JsonInclude.Include.NON_NULL) String unit,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer revision,
    String note) {

  /** The same value under the outbox's revision. */
  public IndicatorReport withRevision(int newRevision) {
    return new IndicatorReport(indicatorCode, value, unit, newRevision, note);
  }
}

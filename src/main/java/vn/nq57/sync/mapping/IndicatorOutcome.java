package vn.nq57.sync.mapping;

/** What became of one source row under an indicator mapping: an item, or parked for a person. */
public sealed interface IndicatorOutcome permits IndicatorOutcome.Mapped, IndicatorOutcome.Parked {

  /** The row gave an indicator item. */
  record Mapped(IndicatorItem item) implements IndicatorOutcome {}

  /**
   * The row could not be mapped without guessing.
   *
   * @param code stable UPPER_SNAKE reason code, e.g. {@code INDICATOR_VALUE_AMBIGUOUS}
   * @param reason English sentence(s) naming the field, the raw value and what to do
   */
  record Parked(String code, String reason) implements IndicatorOutcome {}
}

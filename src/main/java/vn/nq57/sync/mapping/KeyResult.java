package vn.nq57.sync.mapping;

/** The identity of a source row, or why it has none. */
public sealed interface KeyResult permits KeyResult.Key, KeyResult.Missing {

  /** The row's stable local reference, e.g. {@code PL1:4488504281948109}. */
  record Key(String localRef) implements KeyResult {}

  /** The row has no identity, e.g. its key field is blank; the reason names the field. */
  record Missing(String reason) implements KeyResult {}
}

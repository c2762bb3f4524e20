package vn.nq57.sync.mapping;

/**
 * A source value that the mapping does not understand or the contract does not allow; the row it
 * came from is parked with {@link #code()} and the message as reason, never sent with a guess.
 */
public class UnmappableValueException extends RuntimeException {

  private final String code;

  /** A problem with a stable UPPER_SNAKE code and an operator-facing sentence. */
  public UnmappableValueException(String code, String reason) {
    super(reason);
    this.code = code;
  }

  /** The stable reason code, e.g. {@code DEADLINE_UNRECOGNISED}. */
  public String code() {
    return code;
  }
}

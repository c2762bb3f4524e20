package vn.nq57.sync.support;

/**
 * A failure that repeating will not fix (4xx, bad mapping, invalid data): parked for a person with
 * its reason, never retried blindly.
 */
public class PermanentFailureException extends RuntimeException {

  private final String code;

  public PermanentFailureException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** A stable code an operator can search for, e.g. the national problem code. */
  public String code() {
    return code;
  }
}

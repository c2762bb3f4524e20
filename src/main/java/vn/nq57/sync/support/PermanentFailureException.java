package vn.nq57.sync.support;

/**
 * A failure that repeating will not fix (4xx, bad mapping, invalid data): parked for a person with
 * its reason, never retried blindly.
 */
public class PermanentFailureException extends RuntimeException {

  private final String code;
  private final Integer httpStatus;

  public PermanentFailureException(String code, String message) {
    this(code, message, null);
  }

  public PermanentFailureException(String code, String message, Integer httpStatus) {
    super(message);
    this.code = code;
    this.httpStatus = httpStatus;
  }

  /** The HTTP status of the answer, when there was one. */
  public Integer httpStatus() {
    return httpStatus;
  }

  /** A stable code an operator can search for, e.g. the national problem code. */
  public String code() {
    return code;
  }
}

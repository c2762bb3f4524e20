package vn.nq57.sync.support;

import java.util.Map;

/**
 * An operator or admin asked for something the adapter refuses for a stated reason (a weak
 * password, a user that exists, the last admin, nothing to replay, a finished replay job); answered
 * as the RFC 9457 problem of its {@link Kind}, with {@link #properties()} as extra members.
 */
public class OperatorRefusalException extends RuntimeException {

  private final Kind kind;
  private final Map<String, Object> properties;

  public OperatorRefusalException(Kind kind, String detail) {
    this(kind, detail, Map.of());
  }

  public OperatorRefusalException(Kind kind, String detail, Map<String, Object> properties) {
    super(detail);
    this.kind = kind;
    this.properties = Map.copyOf(properties);
  }

  public Kind kind() {
    return kind;
  }

  /** Extra members of the problem, e.g. {@code refused} of nothing-to-replay. */
  public Map<String, Object> properties() {
    return properties;
  }

  /** The refusals, each with its stable problem type. */
  public enum Kind {
    UNKNOWN_FIELDS(ProblemType.BAD_REQUEST),
    WEAK_PASSWORD(ProblemType.WEAK_PASSWORD),
    USER_EXISTS(ProblemType.USER_EXISTS),
    LAST_ADMIN(ProblemType.LAST_ADMIN),
    NOTHING_TO_REPLAY(ProblemType.NOTHING_TO_REPLAY),
    REPLAY_JOB_STATE(ProblemType.REPLAY_JOB_STATE);

    private final ProblemType type;

    Kind(ProblemType type) {
      this.type = type;
    }

    ProblemType type() {
      return type;
    }
  }
}

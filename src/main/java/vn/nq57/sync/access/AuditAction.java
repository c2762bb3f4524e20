package vn.nq57.sync.access;

/** What an audit entry records; the names are stable (filters and exports use them). */
public enum AuditAction {
  /** A replay job was started (its id is the subject) or a dry run made (subject "dry-run"). */
  REPLAY_REQUESTED,
  REPLAY_PAUSED,
  REPLAY_RESUMED,
  REPLAY_CANCELLED,
  /** One submission re-queued by a replay (subject: the submission, detail: what it produced). */
  SUBMISSION_REPLAYED,
  DELIVERY_PAUSED,
  DELIVERY_RESUMED,
  MAPPING_DRAFTED,
  MAPPING_ACTIVATED,
  MAPPING_ROLLED_BACK,
  MAPPING_IMPORTED,
  MAPPING_VALUE_RESOLVED,
  USER_CREATED,
  USER_ROLE_CHANGED,
  USER_DISABLED,
  USER_ENABLED,
  USER_PASSWORD_RESET,
  /** A login with a wrong password or an unknown or disabled user (actor: the name tried). */
  LOGIN_FAILED
}

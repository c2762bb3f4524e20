package vn.nq57.sync.mappingstore;

/**
 * A request that the versions' current state does not allow (nothing to roll back to, content
 * already stored); answered 409 with a stable type per case.
 */
public class VersionConflictException extends RuntimeException {

  private final String type;

  VersionConflictException(String type, String message) {
    super(message);
    this.type = type;
  }

  String type() {
    return type;
  }
}

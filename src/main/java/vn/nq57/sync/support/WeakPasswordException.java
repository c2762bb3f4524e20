package vn.nq57.sync.support;

/**
 * A configured operator API password is too weak to start with; the message names the key and the
 * rule broken, never the password.
 */
class WeakPasswordException extends IllegalStateException {

  private final String key;
  private final String weakness;

  WeakPasswordException(String key, String weakness) {
    super(key + " is too weak: " + weakness + ".");
    this.key = key;
    this.weakness = weakness;
  }

  String key() {
    return key;
  }

  String weakness() {
    return weakness;
  }

  /** The environment variable that sets the key, e.g. {@code NQ57_SECURITY_ADMIN_PASSWORD}. */
  String environmentVariable() {
    return key.replace('.', '_').replace('-', '_').toUpperCase(java.util.Locale.ROOT);
  }
}

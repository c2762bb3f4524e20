package vn.nq57.sync.support;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a refused password at start-up: which key, which rule, and how to set a strong one. */
class WeakPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, WeakPasswordException cause) {
    return new FailureAnalysis(
        "The operator API will not start with a weak password: " + cause.getMessage(),
        "Set "
            + cause.key()
            + " (or the environment variable "
            + cause.environmentVariable()
            + ") to a password of at least "
            + PasswordPolicy.MIN_LENGTH
            + " characters that is not a common word with digits, or to a bcrypt hash:"
            + " {bcrypt}$2a$12$... (for example from `htpasswd -bnBC 12 \"\" 'your password'"
            + " | tr -d ':\\n'`). See docs/security.md.",
        cause);
  }
}

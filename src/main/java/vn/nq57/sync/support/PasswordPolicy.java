package vn.nq57.sync.support;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The minimum strength of an operator API password, checked at start-up: a plain (or {@code
 * {noop}}) password needs 12 characters and must not be a common password, the user's name or a
 * common word padded with digits and signs; a {@code {bcrypt}} hash is accepted as it is, since
 * what it hides cannot be checked. The answer names the rule broken, never the password.
 */
public final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  private static final String NOOP = "{noop}";
  private static final String BCRYPT = "{bcrypt}";
  private static final Pattern BCRYPT_HASH =
      Pattern.compile("\\$2[aby]?\\$(0[4-9]|[12]\\d|3[01])\\$[./A-Za-z0-9]{53}");

  /** Words that guessing lists try first, with digits and signs around them. */
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "password",
          "passw",
          "pass",
          "admin",
          "administrator",
          "operator",
          "root",
          "user",
          "changeme",
          "changeit",
          "secret",
          "welcome",
          "letmein",
          "qwerty",
          "qwertyuiop",
          "asdfgh",
          "asdfghjkl",
          "zxcvbn",
          "abc",
          "abcdef",
          "abcdefgh",
          "iloveyou",
          "monkey",
          "dragon",
          "master",
          "login",
          "default",
          "test",
          "demo",
          "demoadmin",
          "nq",
          "nqsync",
          "sync",
          "matkhau",
          "quantri",
          "vietnam");

  private PasswordPolicy() {}

  /**
   * Why the configured password is too weak, if it is.
   *
   * @param user the account's user name, which the password must not repeat
   * @param configured the configured value, with its {@code {id}} prefix if any
   */
  public static Optional<String> weakness(String user, String configured) {
    if (configured == null || configured.isBlank()) {
      return Optional.of("it is empty");
    }
    if (configured.startsWith(BCRYPT)) {
      return BCRYPT_HASH.matcher(configured.substring(BCRYPT.length())).matches()
          ? Optional.empty()
          : Optional.of("it starts with {bcrypt} but what follows is not a bcrypt hash");
    }
    if (configured.startsWith("{") && !configured.startsWith(NOOP)) {
      return Optional.of("only {bcrypt} hashes, {noop} and plain passwords are accepted");
    }
    String plain = configured.startsWith(NOOP) ? configured.substring(NOOP.length()) : configured;
    return plainWeakness(user, plain);
  }

  /**
   * Why a password typed by a person (for a new user or a reset) is too weak, if it is; it is
   * always taken as plain text, whatever it starts with.
   *
   * @param user the account's user name, which the password must not repeat
   * @param plain the password as typed
   */
  public static Optional<String> plainWeakness(String user, String plain) {
    if (plain == null || plain.isBlank()) {
      return Optional.of("it is empty");
    }
    if (plain.codePointCount(0, plain.length()) < MIN_LENGTH) {
      return Optional.of("it has fewer than " + MIN_LENGTH + " characters");
    }
    String letters = letters(plain);
    if (user != null && letters.equals(letters(user))) {
      return Optional.of("it is the user name, perhaps with digits or signs around it");
    }
    if (letters.isEmpty() || COMMON_WORDS.contains(letters)) {
      return Optional.of("it is a common password, or a common word with digits and signs");
    }
    if (plain.codePoints().distinct().count() < 4) {
      return Optional.of("it has fewer than 4 different characters");
    }
    return Optional.empty();
  }

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }
}

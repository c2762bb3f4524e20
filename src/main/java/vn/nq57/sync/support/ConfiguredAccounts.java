package vn.nq57.sync.support;

import java.util.List;
import java.util.function.Supplier;

/**
 * The accounts configured in {@code nq57.security.*}, checked against {@link PasswordPolicy} and
 * with their passwords encoded ({@code {bcrypt}…}) when asked for: they seed an empty user table,
 * and the user store ({@code vn.nq57.sync.access}) takes over from there. A plain password is
 * hashed only then, not at every start (bcrypt is slow on purpose).
 *
 * @param accounts the operator account (role OPERATOR) and the admin account (role ADMIN)
 */
public record ConfiguredAccounts(List<Account> accounts) {

  public ConfiguredAccounts {
    accounts = List.copyOf(accounts);
  }

  /**
   * One configured account.
   *
   * @param username its user name
   * @param password gives its password as the delegating encoder stores it, never plain text
   * @param role {@code OPERATOR} or {@code ADMIN}
   */
  public record Account(String username, Supplier<String> password, String role) {

    /**
     * The password as the delegating encoder stores it ({@code {bcrypt}…}); hashed now if plain.
     */
    public String encodedPassword() {
      return password.get();
    }

    @Override
    public String toString() {
      return "Account[username=" + username + ", role=" + role + "]";
    }
  }
}

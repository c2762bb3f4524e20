package vn.nq57.sync.support;

import java.util.List;

/**
 * The accounts configured in {@code nq57.security.*}, checked against {@link PasswordPolicy} and
 * with their passwords encoded ({@code {bcrypt}…}): they seed an empty user table, and the user
 * store ({@code vn.nq57.sync.access}) takes over from there.
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
   * @param encodedPassword its password as the delegating encoder stores it, never plain text
   * @param role {@code OPERATOR} or {@code ADMIN}
   */
  public record Account(String username, String encodedPassword, String role) {

    @Override
    public String toString() {
      return "Account[username=" + username + ", role=" + role + "]";
    }
  }
}

package vn.nq57.sync.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nq57.sync.support.NotFoundException;
import vn.nq57.sync.support.OperatorRefusalException;
import vn.nq57.sync.support.OperatorRefusalException.Kind;
import vn.nq57.sync.support.PasswordPolicy;
import vn.nq57.sync.support.VietnamTime;

/**
 * The users of the operator API and console, managed by admins: create, change role, disable or
 * enable, reset the password. New passwords must pass the password policy and are stored as bcrypt
 * hashes; there is always at least one enabled ADMIN. Every change is written to the {@link Audit}
 * log with who made it. {@code by} is the acting admin's user name.
 */
@Service
public class Users {

  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final Audit audit;
  private final Clock clock;

  Users(UserRepository users, PasswordEncoder encoder, Audit audit, Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every user, by name. */
  public List<UserView> list() {
    return users.all();
  }

  /** One user; 404 not-found when there is none of that name. */
  public UserView find(String username) {
    return users.find(username).orElseThrow(() -> new NotFoundException("user", username));
  }

  /** Creates an enabled user; 409 user-exists, 422 weak-password. */
  @Transactional
  public UserView create(String username, String password, UserRole role, String by) {
    String hash = hash(username, password);
    if (!users.insert(username, hash, role, by, now())) {
      throw new OperatorRefusalException(
          Kind.USER_EXISTS, "A user named '" + username + "' exists already.");
    }
    audit.record(by, AuditAction.USER_CREATED, username, "role " + role);
    return find(username);
  }

  /** Gives the user another role; 409 last-admin when it would leave no enabled ADMIN. */
  @Transactional
  public UserView changeRole(String username, UserRole role, String by) {
    users.lock();
    UserView before = find(username);
    if (before.role() == role) {
      return before;
    }
    users.setRole(username, role, now());
    requireAnAdmin();
    audit.record(by, AuditAction.USER_ROLE_CHANGED, username, before.role() + " -> " + role);
    return find(username);
  }

  /** Stops the user from logging in; 409 last-admin for the last enabled ADMIN. */
  @Transactional
  public UserView disable(String username, String by) {
    return setEnabled(username, false, by);
  }

  /** Lets a disabled user log in again. */
  @Transactional
  public UserView enable(String username, String by) {
    return setEnabled(username, true, by);
  }

  /** Sets a new password; 422 weak-password. The password itself is never logged or audited. */
  @Transactional
  public UserView resetPassword(String username, String password, String by) {
    find(username);
    users.setPassword(username, hash(username, password), now());
    audit.record(by, AuditAction.USER_PASSWORD_RESET, username, null);
    return find(username);
  }

  private UserView setEnabled(String username, boolean enabled, String by) {
    users.lock();
    UserView before = find(username);
    if (before.enabled() == enabled) {
      return before;
    }
    users.setEnabled(username, enabled, now());
    requireAnAdmin();
    audit.record(
        by, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, username, null);
    return find(username);
  }

  /** Checked after the change, inside its transaction: a refusal rolls the change back. */
  private void requireAnAdmin() {
    if (users.enabledAdmins() == 0) {
      throw new OperatorRefusalException(
          Kind.LAST_ADMIN, "This would leave no enabled ADMIN; make another user ADMIN first.");
    }
  }

  private String hash(String username, String password) {
    PasswordPolicy.plainWeakness(username, password)
        .ifPresent(
            weakness -> {
              throw new OperatorRefusalException(
                  Kind.WEAK_PASSWORD, "The password is too weak: " + weakness + ".");
            });
    return encoder.encode(password);
  }

  private OffsetDateTime now() {
    return VietnamTime.now(clock);
  }
}

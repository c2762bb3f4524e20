package vn.nq57.sync.access;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles, each including the ones before it: VIEWER reads; OPERATOR also starts runs, replays
 * and pauses or resumes delivery; ADMIN also changes mappings and users and reads the audit log.
 */
public enum UserRole {
  VIEWER,
  OPERATOR,
  ADMIN;

  /** The Spring Security authorities of this role: ROLE_ of itself and of every role below it. */
  public List<GrantedAuthority> authorities() {
    return java.util.Arrays.stream(values())
        .filter(role -> role.ordinal() <= ordinal())
        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
        .toList();
  }

  /** Whether this role includes the other, e.g. ADMIN includes OPERATOR. */
  public boolean includes(UserRole other) {
    return ordinal() >= other.ordinal();
  }
}

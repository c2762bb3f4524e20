package vn.nq57.sync.access;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The {@link UserDetailsService} of every login (HTTP basic of the API, the console's form login):
 * users from the user table, each with the authorities of its role and the roles below it, so a
 * rule {@code hasRole("OPERATOR")} lets admins pass too. A disabled user cannot log in.
 */
@Component
class DatabaseUsers implements UserDetailsService {

  private final UserRepository users;

  DatabaseUsers(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserRepository.Login login =
        users.login(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return User.withUsername(login.username())
        .password(login.passwordHash())
        .authorities(login.role().authorities())
        .disabled(!login.enabled())
        .build();
  }
}

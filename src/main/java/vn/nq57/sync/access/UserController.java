package vn.nq57.sync.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin API on users: list, create, change role, disable or enable, reset the password. */
@RestController
@RequestMapping("/api/users")
class UserController {

  private final Users users;

  UserController(Users users) {
    this.users = users;
  }

  @GetMapping
  List<UserView> list() {
    return users.list();
  }

  @GetMapping("/{username}")
  UserView get(@PathVariable String username) {
    return users.find(username);
  }

  @PostMapping
  ResponseEntity<UserView> create(@Valid @RequestBody NewUser user, Principal who) {
    UserView created = users.create(user.username(), user.password(), user.role(), who.getName());
    return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
  }

  @PutMapping("/{username}/role")
  UserView role(
      @PathVariable String username, @Valid @RequestBody RoleChange change, Principal who) {
    return users.changeRole(username, change.role(), who.getName());
  }

  @PostMapping("/{username}/disable")
  UserView disable(@PathVariable String username, Principal who) {
    return users.disable(username, who.getName());
  }

  @PostMapping("/{username}/enable")
  UserView enable(@PathVariable String username, Principal who) {
    return users.enable(username, who.getName());
  }

  @PutMapping("/{username}/password")
  UserView password(
      @PathVariable String username, @Valid @RequestBody PasswordReset reset, Principal who) {
    return users.resetPassword(username, reset.password(), who.getName());
  }

  /** A new user: letters, digits and {@code . _ @ -}, at most 64; a password the policy takes. */
  record NewUser(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
      @NotBlank @Size(max = 200) String password,
      @NotNull UserRole role) {

    @Override
    public String toString() {
      return "NewUser[username=" + username + ", role=" + role + "]";
    }
  }

  /** The role to give. */
  record RoleChange(@NotNull UserRole role) {}

  /** The new password (at most 200 characters). */
  record PasswordReset(@NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
      return "PasswordReset[]";
    }
  }
}

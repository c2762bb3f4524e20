package vn.nq57.sync.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user table: names, bcrypt hashes, roles and whether each may log in. */
@Repository
class UserRepository {

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean isEmpty() {
    return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single() == 0;
  }

  /** Inserts a user unless the name is taken; true when inserted. */
  boolean insert(
      String username, String hash, UserRole role, String createdBy, OffsetDateTime now) {
    return jdbc.sql(
                """
                INSERT INTO app_user (username, password_hash, role, enabled, created_by,
                                      created_at, updated_at)
                VALUES (:username, :hash, :role, TRUE, :by, :now, :now)
                ON CONFLICT (username) DO NOTHING
                """)
            .param("username", username)
            .param("hash", hash)
            .param("role", role.name())
            .param("by", createdBy)
            .param("now", now)
            .update()
        == 1;
  }

  Optional<Login> login(String username) {
    return jdbc.sql(
            "SELECT username, password_hash, role, enabled FROM app_user WHERE username = :u")
        .param("u", username)
        .query(
            (rs, n) ->
                new Login(
                    rs.getString("username"),
                    rs.getString("password_hash"),
                    UserRole.valueOf(rs.getString("role")),
                    rs.getBoolean("enabled")))
        .optional();
  }

  List<UserView> all() {
    return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(UserRepository::view).list();
  }

  Optional<UserView> find(String username) {
    return jdbc.sql("SELECT * FROM app_user WHERE username = :u")
        .param("u", username)
        .query(UserRepository::view)
        .optional();
  }

  /** Locks the user table against concurrent role and state changes (the last-admin check). */
  void lock() {
    jdbc.sql("LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE").update();
  }

  long enabledAdmins() {
    return jdbc.sql("SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND enabled")
        .query(Long.class)
        .single();
  }

  void setRole(String username, UserRole role, OffsetDateTime now) {
    jdbc.sql("UPDATE app_user SET role = :role, updated_at = :now WHERE username = :u")
        .param("role", role.name())
        .param("now", now)
        .param("u", username)
        .update();
  }

  void setEnabled(String username, boolean enabled, OffsetDateTime now) {
    jdbc.sql("UPDATE app_user SET enabled = :enabled, updated_at = :now WHERE username = :u")
        .param("enabled", enabled)
        .param("now", now)
        .param("u", username)
        .update();
  }

  void setPassword(String username, String hash, OffsetDateTime now) {
    jdbc.sql("UPDATE app_user SET password_hash = :hash, updated_at = :now WHERE username = :u")
        .param("hash", hash)
        .param("now", now)
        .param("u", username)
        .update();
  }

  private static UserView view(ResultSet rs, int row) throws SQLException {
    return new UserView(
        rs.getString("username"),
        UserRole.valueOf(rs.getString("role")),
        rs.getBoolean("enabled"),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class));
  }

  /** What a login is checked against. */
  record Login(String username, String passwordHash, UserRole role, boolean enabled) {}
}

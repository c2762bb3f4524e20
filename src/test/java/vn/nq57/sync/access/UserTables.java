package vn.nq57.sync.access;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Leaves the user table as the configuration seeded it: the tests' own users go. */
final class UserTables {

  private UserTables() {}

  static void removeTestUsers(JdbcClient jdbc) {
    jdbc.sql("DELETE FROM app_user WHERE created_by <> :seed")
        .param("seed", AccountBootstrap.CONFIGURATION)
        .update();
    jdbc.sql("UPDATE app_user SET enabled = TRUE, role = 'OPERATOR' WHERE username = 'operator'")
        .update();
    jdbc.sql("UPDATE app_user SET enabled = TRUE, role = 'ADMIN' WHERE username = 'admin'")
        .update();
  }
}

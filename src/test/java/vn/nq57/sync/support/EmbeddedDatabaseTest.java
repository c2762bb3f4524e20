package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL as production runs it: durable, password-only, the adapter as a
 * non-superuser, converted from an older password-less folder, and restartable after kill -9.
 */
class EmbeddedDatabaseTest {

  @TempDir Path folder;

  @Test
  void runsDurableWithPasswordsOnlyAndTheAdapterAsANonSuperuser() throws Exception {
    Path data = folder.resolve("postgres");
    try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(data, true))) {
      JdbcClient app = JdbcClient.create(database.applicationDataSource());

      assertThat(app.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
      assertThat(app.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
      assertThat(app.sql("SHOW listen_addresses").query(String.class).single())
          .isEqualTo("localhost");
      assertThat(
              app.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                  .query(Boolean.class)
                  .single())
          .isFalse();
      assertThatThrownBy(() -> app.sql("COPY (SELECT 1) TO PROGRAM 'true'").update())
          .hasStackTraceContaining("must be superuser");
      app.sql("CREATE TABLE owned_by_the_adapter (id int)").update();

      assertThatThrownBy(() -> connectWithoutPassword(database.port(), "postgres"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password");
      assertThatThrownBy(() -> connectWithoutPassword(database.port(), "nq57"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(
                      data.resolve(EmbeddedDatabaseCredentials.FILE_NAME))))
          .isEqualTo("rw-------");
    }
    try (EmbeddedDatabase again = EmbeddedDatabase.start(properties(data, true))) {
      assertThat(
              JdbcClient.create(again.applicationDataSource())
                  .sql("SELECT count(*) FROM owned_by_the_adapter")
                  .query(Integer.class)
                  .single())
          .isZero();
    }
  }

  @Test
  void convertsAFolderWrittenWithoutPasswordsAndKeepsItsTables() throws Exception {
    Path data = folder.resolve("legacy");
    try (EmbeddedPostgres legacy =
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
      JdbcClient.create(legacy.getPostgresDatabase())
          .sql("CREATE TABLE submission_legacy (id bigserial PRIMARY KEY, body text)")
          .update();
      JdbcClient.create(legacy.getPostgresDatabase())
          .sql("INSERT INTO submission_legacy (body) VALUES ('queued before the upgrade')")
          .update();
    }

    try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(data, false))) {
      JdbcClient app = JdbcClient.create(database.applicationDataSource());
      assertThat(app.sql("SELECT body FROM submission_legacy").query(String.class).single())
          .isEqualTo("queued before the upgrade");
      app.sql("INSERT INTO submission_legacy (body) VALUES ('after')").update();
      assertThatThrownBy(() -> connectWithoutPassword(database.port(), "postgres"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void startsAtTheFirstAttemptAfterTheAdapterWasKilled() throws Exception {
    Path data = folder.resolve("killed");
    Process child = startChild(data);
    long orphan;
    try {
      orphan = Long.parseLong(readyLine(child).substring("READY ".length()));
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

    try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(data, false))) {
      assertThat(
              JdbcClient.create(database.applicationDataSource())
                  .sql("SELECT 1")
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
    }
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  private static EmbeddedDatabaseProperties properties(Path data, boolean durable) {
    return new EmbeddedDatabaseProperties(data, 0, durable, Duration.ofSeconds(30));
  }

  private static void connectWithoutPassword(int port, String user) throws SQLException {
    try (Connection ignored =
        DriverManager.getConnection(
            "jdbc:postgresql://localhost:" + port + "/postgres", user, "")) {
      throw new AssertionError("connected as " + user + " without a password");
    }
  }

  private static Process startChild(Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(),
                data.toString()))
        .redirectErrorStream(true)
        .start();
  }

  private static String readyLine(Process child) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("READY ")) {
        return line;
      }
    }
    throw new AssertionError("the child JVM ended before its database was ready");
  }
}

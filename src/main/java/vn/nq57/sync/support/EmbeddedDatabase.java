package vn.nq57.sync.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL as it runs in production: durable (fsync and synchronous commit on),
 * listening on loopback only, every connection authenticated by password (scram-sha-256, also on
 * the Unix socket), and the adapter connected as the non-superuser role {@code nq57} that owns the
 * {@code public} schema, so it cannot run {@code COPY ... TO PROGRAM} or read files. A data
 * directory written by an older version (password-less "trust" access) is converted at its first
 * start; a server orphaned by a killed adapter is stopped before a new one starts.
 */
final class EmbeddedDatabase implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  static final String PASSWORD_ONLY_HBA =
      """
      # Written by nq57-sync at every start: every connection needs the password.
      local all all scram-sha-256
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """;

  private final EmbeddedPostgres postgres;
  private final EmbeddedDatabaseCredentials credentials;
  private final Path directory;
  private final boolean temporary;

  private EmbeddedDatabase(
      EmbeddedPostgres postgres,
      EmbeddedDatabaseCredentials credentials,
      Path directory,
      boolean temporary) {
    this.postgres = postgres;
    this.credentials = credentials;
    this.directory = directory;
    this.temporary = temporary;
  }

  static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) throws IOException {
    Path configured = properties.dataDirectory();
    boolean temporary = configured == null || configured.toString().isBlank();
    Path directory =
        temporary ? Files.createTempDirectory("nq57-db-") : Files.createDirectories(configured);
    OrphanedPostmaster.stopIfAny(directory, properties.orphanStopTimeout());
    boolean initialised = Files.exists(directory.resolve("postgresql.conf"));
    boolean converted = EmbeddedDatabaseCredentials.existIn(directory);
    EmbeddedDatabaseCredentials credentials =
        converted
            ? EmbeddedDatabaseCredentials.readFrom(directory)
            : EmbeddedDatabaseCredentials.generate();
    Path passwordFile = initialised ? null : credentials.superuserPasswordFile();
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPort(properties.port())
              .setDataDirectory(directory)
              .setCleanDataDirectory(temporary)
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("fsync", properties.durable() ? "on" : "off")
              .setServerConfig("synchronous_commit", properties.durable() ? "on" : "off")
              .setServerConfig("full_page_writes", properties.durable() ? "on" : "off")
              .setDataDirectoryCustomizer(
                  folder -> prepare(folder.toPath(), credentials, initialised && !converted));
      if (passwordFile != null) {
        // A new cluster gets its superuser password and password authentication from initdb
        // itself, so it is never open without one.
        builder
            .setLocaleConfig("auth", "scram-sha-256")
            .setLocaleConfig("pwfile", passwordFile.toString());
      }
      if (passwordFile != null || converted) {
        builder.setConnectConfig("password", credentials.superuserPassword());
      }
      EmbeddedPostgres postgres = builder.start();
      EmbeddedDatabase database = new EmbeddedDatabase(postgres, credentials, directory, temporary);
      database.provision(initialised && !converted);
      log.info(
          "Embedded PostgreSQL started on 127.0.0.1:{} with data in {} ({})",
          postgres.getPort(),
          temporary ? "a temporary folder" : directory.toAbsolutePath(),
          properties.durable() ? "durable" : "NOT durable: fsync off, for tests only");
      return database;
    } finally {
      if (passwordFile != null) {
        Files.deleteIfExists(passwordFile);
      }
    }
  }

  /**
   * Before the server starts: password-only access and, for a new cluster, the credentials file. A
   * cluster from an older version keeps its access until {@link #provision} has set the passwords.
   */
  private static void prepare(
      Path directory, EmbeddedDatabaseCredentials credentials, boolean legacyTrustCluster) {
    if (legacyTrustCluster) {
      return;
    }
    if (!EmbeddedDatabaseCredentials.existIn(directory)) {
      credentials.writeTo(directory);
    }
    writeHba(directory);
  }

  /**
   * As the superuser: the application role with its password, owning the schema and every table in
   * it; then, for a cluster converted from password-less access, password-only access.
   */
  private void provision(boolean legacyTrustCluster) {
    String role = EmbeddedDatabaseCredentials.APPLICATION_ROLE;
    try (Connection connection = superuser().getConnection();
        Statement statement = connection.createStatement()) {
      if (legacyTrustCluster) {
        statement.execute(
            "ALTER ROLE postgres PASSWORD " + literal(credentials.superuserPassword()));
      }
      statement.execute(
          """
          DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'nq57') THEN
              CREATE ROLE nq57 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
            END IF;
          END $$""");
      statement.execute(
          "ALTER ROLE " + role + " PASSWORD " + literal(credentials.applicationPassword()));
      statement.execute("ALTER SCHEMA public OWNER TO " + role);
      statement.execute(
          """
          DO $$ DECLARE object record; BEGIN
            FOR object IN
              SELECT c.relname, c.relkind FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                AND pg_get_userbyid(c.relowner) <> 'nq57'
                AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid
                                AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
            LOOP
              EXECUTE format('ALTER %s %I OWNER TO nq57',
                CASE object.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                    WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                object.relname);
            END LOOP;
          END $$""");
      if (legacyTrustCluster) {
        credentials.writeTo(directory);
        writeHba(directory);
        statement.execute("SELECT pg_reload_conf()");
        log.warn(
            "The embedded database in {} allowed connections without a password; it now requires"
                + " the passwords kept in {}",
            directory.toAbsolutePath(),
            EmbeddedDatabaseCredentials.FILE_NAME);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot prepare the embedded database's application role: " + e.getMessage(), e);
    }
  }

  /**
   * The adapter's own connections: the application role, never the superuser. A JDBC batch of
   * inserts goes to the server as multi-row statements ({@code reWriteBatchedInserts}). Statements
   * are not kept prepared on the server ({@code prepareThreshold=0}), so each is planned for its
   * parameters and the tables' size now: a plan kept from a fresh install's first minutes, when a
   * table was empty, would scan the whole table for every lookup once it holds 100,000 rows.
   */
  DataSource applicationDataSource() {
    return postgres.getDatabase(
        EmbeddedDatabaseCredentials.APPLICATION_ROLE,
        "postgres",
        Map.of(
            "password",
            credentials.applicationPassword(),
            "reWriteBatchedInserts",
            "true",
            "prepareThreshold",
            "0"));
  }

  int port() {
    return postgres.getPort();
  }

  private DataSource superuser() {
    return postgres.getDatabase(
        EmbeddedDatabaseCredentials.SUPERUSER,
        "postgres",
        Map.of("password", credentials.superuserPassword()));
  }

  @Override
  public void close() throws IOException {
    postgres.close();
    if (temporary) {
      FileSystemUtils.deleteRecursively(directory);
    }
  }

  private static void writeHba(Path directory) {
    try {
      Files.writeString(hba(directory), PASSWORD_ONLY_HBA);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + hba(directory), e);
    }
  }

  private static Path hba(Path directory) {
    return directory.resolve("pg_hba.conf");
  }

  /** A password as an SQL string literal; generated passwords are base64url, quotes doubled. */
  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}

package vn.nq57.sync.delivery;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded database of a running adapter, reached the way docs/database.md tells an operator:
 * the port from its start-up line, the application role's password from the credentials file in its
 * data folder.
 */
final class AdapterDatabase {

  private static final Pattern STARTED =
      Pattern.compile("Embedded PostgreSQL started on 127\\.0\\.0\\.1:(\\d+)");

  private AdapterDatabase() {}

  /** The port the adapter's embedded PostgreSQL listens on, from its log. */
  static int port(AdapterProcess adapter) {
    Matcher matcher = STARTED.matcher(adapter.logText());
    if (!matcher.find()) {
      throw new IllegalStateException(adapter + " has not started its embedded database");
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** {@code application.password} of {@code <data>/nq57-credentials.properties}. */
  static String applicationPassword(Path data) {
    Properties credentials = new Properties();
    try (Reader in = Files.newBufferedReader(data.resolve("nq57-credentials.properties"))) {
      credentials.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return credentials.getProperty("application.password");
  }

  /** Connected as the adapter's own role {@code nq57}. */
  static JdbcClient of(AdapterProcess adapter, Path data) {
    return JdbcClient.create(
        new DriverManagerDataSource(
            "jdbc:postgresql://127.0.0.1:" + port(adapter) + "/postgres",
            "nq57",
            applicationPassword(data)));
  }
}

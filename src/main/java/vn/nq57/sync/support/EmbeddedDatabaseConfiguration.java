package vn.nq57.sync.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL from the application itself when {@code spring.datasource.url} is not
 * set, so a fresh machine needs no database service. Production sets {@code spring.datasource.*}
 * and this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

  /**
   * The server {@link EmbeddedDatabaseEarlyStart} started while the configuration was processed,
   * or, when it did not (no ticket), one started now.
   */
  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(
      EmbeddedDatabaseProperties properties, Environment environment) {
    Optional<CompletableFuture<EmbeddedDatabase>> early =
        EmbeddedDatabaseEarlyStart.take(environment.getProperty(EmbeddedDatabaseEarlyStart.TICKET));
    try {
      return early.isPresent() ? early.get().join() : EmbeddedDatabase.start(properties);
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw failed(properties, io);
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } catch (IOException e) {
      throw failed(properties, e);
    }
  }

  private static UncheckedIOException failed(EmbeddedDatabaseProperties properties, IOException e) {
    return new UncheckedIOException(
        "Could not start the embedded PostgreSQL in "
            + properties.dataDirectory()
            + "; set nq57.embedded-database.data-directory to a writable folder"
            + " or spring.datasource.url to an external server",
        e);
  }

  /**
   * A connection pool over the embedded server, tuned like Boot's own by {@code
   * spring.datasource.hikari.*}: a run's batches and the delivery threads do not open a connection
   * (a password handshake) per statement.
   */
  @Bean(destroyMethod = "close")
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedDatabase database) {
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("nq57-embedded");
    pool.setDataSource(database.applicationDataSource());
    return pool;
  }
}

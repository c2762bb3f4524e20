package vn.nq57.sync.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the application itself when {@code spring.datasource.url} is not
 * set, so a fresh machine needs no database service. Production sets {@code spring.datasource.*}
 * and this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port());
      Path directory = properties.dataDirectory();
      if (directory != null && !directory.toString().isBlank()) {
        Files.createDirectories(directory);
        builder.setDataDirectory(directory).setCleanDataDirectory(false);
      }
      EmbeddedPostgres postgres = builder.start();
      log.info(
          "Embedded PostgreSQL started on port {} with data in {}",
          postgres.getPort(),
          directory == null ? "a temporary folder" : directory.toAbsolutePath());
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in "
              + properties.dataDirectory()
              + "; set nq57.embedded-database.data-directory to a writable folder"
              + " or spring.datasource.url to an external server",
          e);
    }
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    return postgres.getPostgresDatabase();
  }
}

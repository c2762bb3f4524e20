package vn.nq57.sync.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
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

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
    try {
      return EmbeddedDatabase.start(properties);
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
  DataSource dataSource(EmbeddedDatabase database) {
    return database.applicationDataSource();
  }
}

package vn.nq57.sync.support;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDirectory where the database files live; they survive restarts. Empty: a temporary
 *     folder, deleted when the adapter stops (what the tests use)
 * @param port fixed port, or 0 for a free one
 */
@ConfigurationProperties("nq57.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, @DefaultValue("0") int port) {}

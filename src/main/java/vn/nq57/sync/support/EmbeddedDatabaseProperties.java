package vn.nq57.sync.support;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDirectory where the database files live; they survive restarts. Empty: a temporary
 *     folder, deleted when the adapter stops (what the tests use)
 * @param port fixed port, or 0 for a free one; the server listens on loopback only
 * @param durable whether every commit reaches the disk before it is acknowledged (fsync and
 *     synchronous commit on). Only the tests turn this off, for speed
 * @param orphanStopTimeout how long to wait for a server left running by a killed adapter to stop
 *     before this adapter starts its own on the same data directory
 */
@ConfigurationProperties("nq57.embedded-database")
public record EmbeddedDatabaseProperties(
    Path dataDirectory,
    @DefaultValue("0") int port,
    @DefaultValue("true") boolean durable,
    @DefaultValue("30s") Duration orphanStopTimeout) {}

package vn.nq57.sync.support;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is read, on a thread of its own, so
 * the server comes up while Spring processes the configuration classes instead of after them (most
 * of a second of the start-up). The application context then takes the started server by the ticket
 * this puts into the environment ({@link #take}); when the application closes or fails to start
 * without having taken it, the server is stopped and its temporary folder deleted. Does nothing
 * when {@code spring.datasource.url} is set.
 */
public class EmbeddedDatabaseEarlyStart implements EnvironmentPostProcessor {

  static final String TICKET = "nq57.embedded-database.early-start-ticket";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseEarlyStart.class);

  private static final Map<String, CompletableFuture<EmbeddedDatabase>> STARTED =
      new ConcurrentHashMap<>();

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    if (!environment.getProperty("spring.datasource.url", "").isEmpty()
        || environment.containsProperty(TICKET)) {
      return;
    }
    EmbeddedDatabaseProperties properties =
        Binder.get(environment)
            .bindOrCreate("nq57.embedded-database", EmbeddedDatabaseProperties.class);
    String ticket = UUID.randomUUID().toString();
    CompletableFuture<EmbeddedDatabase> started = new CompletableFuture<>();
    STARTED.put(ticket, started);
    Thread starter =
        new Thread(
            () -> {
              try {
                started.complete(EmbeddedDatabase.start(properties));
              } catch (Throwable e) {
                started.completeExceptionally(e);
              }
            },
            "nq57-embedded-database-start");
    starter.setDaemon(true);
    starter.start();
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource(TICKET, Map.of(TICKET, ticket)));
    app.addListeners(
        event -> {
          if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
            take(ticket).ifPresent(EmbeddedDatabaseEarlyStart::stopUntaken);
          }
        });
  }

  private static void stopUntaken(CompletableFuture<EmbeddedDatabase> started) {
    started.thenAccept(
        database -> {
          try {
            database.close();
          } catch (IOException | RuntimeException e) {
            log.warn("Could not stop an embedded PostgreSQL nobody used: {}", e.getMessage());
          }
        });
  }

  /** The server started early under this ticket, if not handed out yet; it stays there. */
  static Optional<CompletableFuture<EmbeddedDatabase>> peek(String ticket) {
    return Optional.ofNullable(STARTED.get(ticket));
  }

  /** The server started early under this ticket, if any; each is handed out once. */
  static Optional<CompletableFuture<EmbeddedDatabase>> take(String ticket) {
    return ticket == null ? Optional.empty() : Optional.ofNullable(STARTED.remove(ticket));
  }
}

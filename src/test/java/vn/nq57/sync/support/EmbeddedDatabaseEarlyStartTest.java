package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseEarlyStartTest {

  @Test
  void startsTheServerWhileTheConfigurationIsReadAndHandsItOutOnce() throws Exception {
    MockEnvironment environment =
        new MockEnvironment().withProperty("nq57.embedded-database.durable", "false");
    new EmbeddedDatabaseEarlyStart().postProcessEnvironment(environment, new SpringApplication());
    String ticket = environment.getProperty(EmbeddedDatabaseEarlyStart.TICKET);

    assertThat(ticket).isNotBlank();
    try (EmbeddedDatabase database =
        EmbeddedDatabaseEarlyStart.take(ticket).orElseThrow().get(2, TimeUnit.MINUTES)) {
      try (Connection connection = database.applicationDataSource().getConnection()) {
        assertThat(connection.isValid(5)).isTrue();
      }
      assertThat(EmbeddedDatabaseEarlyStart.take(ticket)).isEmpty();
    }
  }

  @Test
  void stopsAServerTheApplicationNeverTookWhenItCloses() throws Exception {
    MockEnvironment environment =
        new MockEnvironment().withProperty("nq57.embedded-database.durable", "false");
    SpringApplication application = new SpringApplication();
    new EmbeddedDatabaseEarlyStart().postProcessEnvironment(environment, application);
    String ticket = environment.getProperty(EmbeddedDatabaseEarlyStart.TICKET);
    EmbeddedDatabase started =
        EmbeddedDatabaseEarlyStart.peek(ticket).orElseThrow().get(2, TimeUnit.MINUTES);
    DataSource dataSource = started.applicationDataSource();

    try (GenericApplicationContext context = new GenericApplicationContext()) {
      ContextClosedEvent closed = new ContextClosedEvent(context);
      application.getListeners().stream()
          .filter(listener -> listener.getClass().getName().startsWith("vn.nq57"))
          .forEach(listener -> deliver(listener, closed));
    }

    assertThat(EmbeddedDatabaseEarlyStart.take(ticket)).isEmpty();
    assertThatThrownBy(
            () -> {
              try (Connection connection = dataSource.getConnection()) {
                connection.isValid(1);
              }
            })
        .isInstanceOf(SQLException.class);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void deliver(ApplicationListener listener, ContextClosedEvent event) {
    listener.onApplicationEvent(event);
  }

  @Test
  void leavesAnExternalDatabaseAlone() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/nq57");
    new EmbeddedDatabaseEarlyStart().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.containsProperty(EmbeddedDatabaseEarlyStart.TICKET)).isFalse();
  }
}

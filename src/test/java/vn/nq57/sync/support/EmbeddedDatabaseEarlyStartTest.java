package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
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
  void leavesAnExternalDatabaseAlone() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/nq57");
    new EmbeddedDatabaseEarlyStart().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.containsProperty(EmbeddedDatabaseEarlyStart.TICKET)).isFalse();
  }
}

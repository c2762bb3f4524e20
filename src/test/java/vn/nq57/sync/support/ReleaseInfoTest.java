package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** The release an operator sees: the pom's version in /actuator/info and in the start-up line. */
class ReleaseInfoTest extends IntegrationTestSupport {

  private static final Pattern POM_VERSION =
      Pattern.compile("<artifactId>nq57-sync</artifactId>\\s*<version>([^<]+)</version>");

  @Autowired private TestRestTemplate rest;

  @Test
  void actuatorInfoShowsTheVersionOfThePom() throws Exception {
    ResponseEntity<JsonNode> info =
        rest.withBasicAuth("admin", "admin-test").getForEntity("/actuator/info", JsonNode.class);

    assertThat(info.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(info.getBody().path("build").path("version").asString()).isEqualTo(pomVersion());
    assertThat(info.getBody().path("build").path("artifact").asString()).isEqualTo("nq57-sync");
  }

  @Test
  void startUpLineNamesTheVersion() {
    Properties entries = new Properties();
    entries.setProperty("version", "0.2.0");
    entries.setProperty("time", "2026-12-02T01:00:00Z");

    assertThat(ReleaseLog.line(new BuildProperties(entries)))
        .isEqualTo("nq57-sync 0.2.0 started (built %s)", Instant.parse("2026-12-02T01:00:00Z"));
    assertThat(ReleaseLog.line(null)).startsWith("nq57-sync started (version unknown");
  }

  private static String pomVersion() throws Exception {
    Matcher matcher = POM_VERSION.matcher(Files.readString(Path.of("pom.xml")));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}

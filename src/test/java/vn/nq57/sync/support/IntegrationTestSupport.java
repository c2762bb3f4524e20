package vn.nq57.sync.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The whole application on its own embedded PostgreSQL (temporary, deleted at the end), with the
 * national API played by {@link NationalApiStub}, a spreadsheet inbox in a temporary folder and a
 * test clock that starts on 25 Aug 2025. Each test leaves the database and the stub as it found
 * them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureTestRestTemplate
@Import(TestClockConfiguration.class)
public abstract class IntegrationTestSupport {

  @Autowired protected JdbcClient jdbc;

  /** This context's own inbox: a cached context of another test class must not read our drops. */
  @Value("${nq57.sources.spreadsheet.inbox}")
  protected Path inbox;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    Path contextInbox = temporaryInbox();
    registry.add("nq57.national.base-url", NationalApiStub::baseUrl);
    registry.add("nq57.sources.spreadsheet.inbox", contextInbox::toString);
  }

  @BeforeEach
  void resetNationalApi() {
    NationalApiStub.reset();
  }

  @AfterEach
  void cleanUp() {
    DatabaseCleaner.clean(jdbc);
    NationalApiStub.reset();
  }

  /** Drops a file into the inbox the way a department would: written elsewhere, then moved. */
  protected Path drop(Path source, String name) {
    try {
      Path staged = Files.createTempFile(inbox.getParent(), "staged", ".tmp");
      Files.copy(source, staged, StandardCopyOption.REPLACE_EXISTING);
      return Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected static Path sampleReport() {
    return Path.of("src/main/resources/demo/bao-cao-phu-luc-I.csv");
  }

  private static Path temporaryInbox() {
    try {
      Path root = Files.createTempDirectory("nq57-test-");
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(root.toFile())));
      return Files.createDirectories(root.resolve("inbox"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

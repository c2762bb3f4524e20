package vn.nq57.sync.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The two generated passwords of the embedded PostgreSQL: the superuser's (used only to provision
 * the application role at start-up) and the application role's. They live in a file readable by the
 * adapter's user only, inside the data directory, so a backup of the folder keeps them.
 */
record EmbeddedDatabaseCredentials(String superuserPassword, String applicationPassword) {

  static final String FILE_NAME = "nq57-credentials.properties";
  static final String SUPERUSER = "postgres";
  static final String APPLICATION_ROLE = "nq57";

  private static final SecureRandom RANDOM = new SecureRandom();

  static EmbeddedDatabaseCredentials generate() {
    return new EmbeddedDatabaseCredentials(randomPassword(), randomPassword());
  }

  static boolean existIn(Path dataDirectory) {
    return Files.isRegularFile(dataDirectory.resolve(FILE_NAME));
  }

  static EmbeddedDatabaseCredentials readFrom(Path dataDirectory) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(dataDirectory.resolve(FILE_NAME))) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + dataDirectory.resolve(FILE_NAME), e);
    }
    String superuser = properties.getProperty("superuser.password", "");
    String application = properties.getProperty("application.password", "");
    if (superuser.isBlank() || application.isBlank()) {
      throw new IllegalStateException(
          dataDirectory.resolve(FILE_NAME)
              + " is incomplete; restore it from a backup of the data directory");
    }
    return new EmbeddedDatabaseCredentials(superuser, application);
  }

  /** Writes the file with owner-only permissions (created so, never widened afterwards). */
  void writeTo(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE_NAME);
    Properties properties = new Properties();
    properties.setProperty("superuser.password", superuserPassword);
    properties.setProperty("application.role", APPLICATION_ROLE);
    properties.setProperty("application.password", applicationPassword);
    try {
      Files.deleteIfExists(file);
      createOwnerOnly(file);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        properties.store(out, "nq57-sync embedded PostgreSQL passwords. Keep private.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** A file holding only the superuser password, for initdb's --pwfile. */
  Path superuserPasswordFile() {
    try {
      Path file = Files.createTempFile("nq57-pw", ".txt");
      restrictToOwner(file);
      Files.writeString(file, superuserPassword + "\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a temporary password file", e);
    }
  }

  @Override
  public String toString() {
    return "EmbeddedDatabaseCredentials[****]";
  }

  private static void restrictToOwner(Path file) throws IOException {
    if (posix()) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private static void createOwnerOnly(Path file) throws IOException {
    if (posix()) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

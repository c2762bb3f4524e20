package vn.nq57.sync.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A JVM that starts the embedded database on the folder given as its argument, prints {@code READY
 * <postmaster pid>} and waits to be killed: the adapter killed with -9 in {@link
 * EmbeddedDatabaseTest}.
 */
final class EmbeddedDatabaseChild {

  private EmbeddedDatabaseChild() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    EmbeddedDatabase.start(new EmbeddedDatabaseProperties(data, 0, false, Duration.ofSeconds(30)));
    String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
    System.out.println("READY " + pid);
    System.out.flush();
    Thread.sleep(300_000);
  }
}

package vn.nq57.sync.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a data directory by an adapter that was killed (kill -9, a
 * crash, a power cut of the JVM only). The data directory's lock file tells a live adapter from a
 * dead one: a live adapter holds the lock, a dead one cannot. A server found running while nobody
 * holds the lock is an orphan and is stopped before a new one starts on the same files.
 */
final class OrphanedPostmaster {

  private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
  private static final String LOCK_FILE = "epg-lock";
  private static final String PID_FILE = "postmaster.pid";

  private OrphanedPostmaster() {}

  /** Stops an orphaned server of this data directory; refuses if another adapter uses it. */
  static void stopIfAny(Path dataDirectory, Duration timeout) {
    Path pidFile = dataDirectory.resolve(PID_FILE);
    if (!Files.exists(pidFile)) {
      return;
    }
    try (FileChannel channel =
            FileChannel.open(
                dataDirectory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "The embedded database in "
                + dataDirectory.toAbsolutePath()
                + " is in use by another running nq57-sync; stop it first, or give this one its"
                + " own nq57.embedded-database.data-directory");
      }
      postmaster(pidFile).ifPresent(process -> stop(process, dataDirectory, timeout));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + dataDirectory + " for a leftover server", e);
    }
  }

  private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
  }

  private static void stop(ProcessHandle process, Path dataDirectory, Duration timeout) {
    log.warn(
        "A PostgreSQL server (pid {}) left running on {} by an adapter that did not stop cleanly;"
            + " stopping it before starting a new one",
        process.pid(),
        dataDirectory.toAbsolutePath());
    // SIGTERM: PostgreSQL's smart shutdown; its only clients died with the old adapter.
    process.destroy();
    if (!exited(process, timeout)) {
      log.warn("PostgreSQL pid {} did not stop within {}; killing it", process.pid(), timeout);
      process.destroyForcibly();
      if (!exited(process, timeout)) {
        throw new IllegalStateException(
            "Cannot stop the leftover PostgreSQL server pid " + process.pid());
      }
    }
  }

  private static boolean exited(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}

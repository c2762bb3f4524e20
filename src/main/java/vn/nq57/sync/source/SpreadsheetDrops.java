package vn.nq57.sync.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.nq57.sync.source.SourceFileRepository.FileState;
import vn.nq57.sync.support.VietnamTime;

/**
 * The spreadsheet inbox as the run sees it: tells a file by its content, refuses to read the same
 * content twice, streams the rows and records what became of every file received.
 */
@Component
public class SpreadsheetDrops {

  private final SpreadsheetSourceProperties properties;
  private final SourceFileRepository files;
  private final Clock clock;

  SpreadsheetDrops(
      SpreadsheetSourceProperties properties, SourceFileRepository files, Clock clock) {
    this.properties = properties;
    this.files = files;
    this.clock = clock;
  }

  public String sourceId() {
    return properties.id();
  }

  public String mappingId() {
    return properties.mapping();
  }

  /** The SHA-256 of the file's bytes, read in a stream. */
  public String fingerprint(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean alreadyRead(String fingerprint) {
    return files.alreadyRead(properties.id(), fingerprint);
  }

  /** Streams the data rows of a file to the sink; returns how many were read. */
  public int read(Path file, List<String> keyHeaders, Consumer<SourceRow> sink) {
    return CsvSpreadsheetReader.read(file, properties.id(), keyHeaders, sink);
  }

  public void recordRead(Path file, String fingerprint, long runId, int rows) {
    record(file, fingerprint, FileState.READ, runId, rows, null);
  }

  public void recordDuplicate(Path file, String fingerprint) {
    record(file, fingerprint, FileState.DUPLICATE, null, 0, "same content as a file already read");
  }

  public void recordFailed(Path file, String fingerprint, Long runId, String error) {
    record(file, fingerprint, FileState.FAILED, runId, 0, error);
  }

  private void record(
      Path file, String fingerprint, FileState state, Long runId, int rows, String error) {
    files.record(
        properties.id(),
        file.getFileName().toString(),
        fingerprint,
        state,
        runId,
        rows,
        error,
        VietnamTime.now(clock));
  }
}

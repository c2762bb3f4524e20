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
import java.util.Locale;
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

  /** Whether the default inbox already read this content. */
  public boolean alreadyRead(String fingerprint) {
    return alreadyRead(properties.id(), fingerprint);
  }

  public boolean alreadyRead(String sourceId, String fingerprint) {
    return files.alreadyRead(sourceId, fingerprint);
  }

  /**
   * Streams the data rows of a CSV or XLSX file (told by its name) to the sink; returns how many
   * were read. The header is found by the key columns and chosen by the known columns.
   */
  public int read(
      Path file,
      String sourceId,
      List<String> keyHeaders,
      List<String> knownHeaders,
      Consumer<SourceRow> sink) {
    boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    return xlsx
        ? XlsxSpreadsheetReader.read(file, sourceId, keyHeaders, knownHeaders, sink)
        : CsvSpreadsheetReader.read(file, sourceId, keyHeaders, knownHeaders, sink);
  }

  public void recordRead(String sourceId, Path file, String fingerprint, long runId, int rows) {
    record(sourceId, file, fingerprint, FileState.READ, runId, rows, null);
  }

  public void recordDuplicate(String sourceId, Path file, String fingerprint) {
    record(
        sourceId,
        file,
        fingerprint,
        FileState.DUPLICATE,
        null,
        0,
        "same content as a file already read");
  }

  public void recordFailed(
      String sourceId, Path file, String fingerprint, Long runId, String error) {
    record(sourceId, file, fingerprint, FileState.FAILED, runId, 0, error);
  }

  private void record(
      String sourceId,
      Path file,
      String fingerprint,
      FileState state,
      Long runId,
      int rows,
      String error) {
    files.record(
        sourceId,
        file.getFileName().toString(),
        fingerprint,
        state,
        runId,
        rows,
        error,
        VietnamTime.now(clock));
  }
}

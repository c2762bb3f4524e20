package vn.nq57.sync.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  /** The SHA-256 of the file's bytes, read in a stream; a symbolic link is not followed. */
  public String fingerprint(Path file) {
    try (InputStream in =
        new DigestInputStream(
            Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
            MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Looks at a file the inbox route picked up, without following a link: refuses (code {@code
   * FILE_REFUSED}) a symbolic link, anything that is not a regular file and a name the inbox does
   * not read, an empty file ({@code FILE_EMPTY}) and one larger than {@code max-bytes} ({@code
   * FILE_TOO_LARGE}), each with its reason; otherwise gives its size, time and fingerprint.
   */
  public DroppedFile inspect(ConfiguredSource source, Path file) {
    BasicFileAttributes attributes = InboxRules.check(file, source.settings().spreadsheet());
    return new DroppedFile(
        file,
        attributes.size(),
        attributes.lastModifiedTime(),
        attributes.fileKey(),
        fingerprint(file));
  }

  /** The file as it is now, when it changed since it was looked at (before); empty otherwise. */
  public Optional<DroppedFile> changedSince(ConfiguredSource source, DroppedFile before) {
    DroppedFile now = inspect(source, before.path());
    return before.unchangedIn(now) ? Optional.empty() : Optional.of(now);
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
   * were read. The header is found by the key columns (each by any of its spellings) and chosen by
   * the known columns. A file with more than {@code max-rows} data rows fails (code {@code
   * FILE_TOO_LARGE}) at the first row over.
   */
  public int read(
      DroppedFile dropped,
      ConfiguredSource source,
      List<List<String>> keyHeaders,
      List<String> knownHeaders,
      Consumer<SourceRow> sink) {
    Path file = dropped.path();
    int maxRows = source.settings().spreadsheet().maxRows();
    Consumer<SourceRow> limited = InboxRules.rowLimit(dropped.name(), maxRows, sink);
    boolean xlsx = dropped.name().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    return xlsx
        ? XlsxSpreadsheetReader.read(file, source.id(), keyHeaders, knownHeaders, limited)
        : CsvSpreadsheetReader.read(file, source.id(), keyHeaders, knownHeaders, limited);
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
    // A refused file may never have been opened: its fingerprint is then unknown (null).
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

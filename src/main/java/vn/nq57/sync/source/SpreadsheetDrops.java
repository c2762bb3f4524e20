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
import vn.nq57.sync.support.PermanentFailureException;
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
    SpreadsheetSettings settings = source.settings().spreadsheet();
    String name = file.getFileName().toString();
    BasicFileAttributes attributes = attributes(file);
    if (attributes.isSymbolicLink()) {
      throw refused(name + " is a symbolic link; links are never followed, drop the file itself");
    }
    if (!attributes.isRegularFile()) {
      throw refused(name + " is not a regular file (a folder, pipe or device); it is not read");
    }
    InboxNames.refusal(name, settings.include())
        .ifPresent(
            reason -> {
              throw refused(reason);
            });
    if (attributes.size() == 0) {
      throw new PermanentFailureException(
          "FILE_EMPTY", name + " is empty; drop the report again with its content");
    }
    if (attributes.size() > settings.maxBytes().toBytes()) {
      throw new PermanentFailureException(
          "FILE_TOO_LARGE",
          name
              + " has "
              + attributes.size()
              + " bytes, more than the inbox's max-bytes ("
              + settings.maxBytes()
              + "); split the report or raise max-bytes");
    }
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

  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at " + file.getFileName(), e);
    }
  }

  private static PermanentFailureException refused(String reason) {
    return new PermanentFailureException("FILE_REFUSED", reason);
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
   * were read. The header is found by the key columns and chosen by the known columns. A file with
   * more than {@code max-rows} data rows fails (code {@code FILE_TOO_LARGE}) at the first row over.
   */
  public int read(
      DroppedFile dropped,
      ConfiguredSource source,
      List<String> keyHeaders,
      List<String> knownHeaders,
      Consumer<SourceRow> sink) {
    Path file = dropped.path();
    int maxRows = source.settings().spreadsheet().maxRows();
    Consumer<SourceRow> limited = new RowLimit(dropped.name(), maxRows, sink);
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

  /** Passes rows on until there are more than the inbox allows. */
  private static final class RowLimit implements Consumer<SourceRow> {

    private final String fileName;
    private final int maxRows;
    private final Consumer<SourceRow> sink;
    private int rows;

    RowLimit(String fileName, int maxRows, Consumer<SourceRow> sink) {
      this.fileName = fileName;
      this.maxRows = maxRows;
      this.sink = sink;
    }

    @Override
    public void accept(SourceRow row) {
      if (++rows > maxRows) {
        throw new PermanentFailureException(
            "FILE_TOO_LARGE",
            fileName
                + " has more than "
                + maxRows
                + " data rows, the inbox's max-rows; nothing of it was stored. Split the report"
                + " or raise max-rows");
      }
      sink.accept(row);
    }
  }
}

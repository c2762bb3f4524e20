package vn.nq57.sync.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.util.unit.DataSize;
import vn.nq57.sync.support.PermanentFailureException;

/**
 * What an inbox reads. Files are looked at without following links: a symbolic link or anything
 * that is not a regular file is refused, as are empty files, files over {@code max-bytes} or {@code
 * max-rows} and names the inbox will not read (each moved to {@code .error/} with its reason).
 * Temporary names, of files still being written, are left alone until renamed: dot-files, Excel and
 * LibreOffice lock files ({@code ~$report.xlsx}, {@code .~lock.report.xlsx#}) and names ending
 * {@code .tmp}, {@code .temp}, {@code .part}, {@code .partial}, {@code .crdownload}, {@code .swp}
 * or {@code ~}. A dot and an extension only ({@code .csv}, {@code ..csv}) is no temporary name but
 * a file without a name, refused.
 */
final class InboxRules {

  private static final String REFUSED = "FILE_REFUSED";
  private static final String TOO_LARGE = "FILE_TOO_LARGE";

  private static final Pattern TEMPORARY =
      Pattern.compile("(?i)(~\\$.*|\\..*|.*\\.(tmp|temp|part|partial|crdownload|swp)|.*~)");
  private static final Pattern NO_NAME = Pattern.compile("(?i)\\.+(csv|xlsx)");

  private InboxRules() {}

  /** A file being written under a temporary name: not touched until it is renamed. */
  static boolean temporary(String name) {
    return TEMPORARY.matcher(name).matches() && !NO_NAME.matcher(name).matches();
  }

  /** Why the inbox will not read a file of this name; empty when it reads it. */
  static Optional<String> refusal(String name, String include) {
    if (NO_NAME.matcher(name).matches()) {
      return Optional.of(
          "'" + name + "' has no name before its extension; name the file, e.g. bao-cao.csv");
    }
    if (!Pattern.compile(include).matcher(name).matches()) {
      return Optional.of(
          "'"
              + name
              + "' is not a name this inbox reads (include: "
              + include
              + "); save the report as .csv or .xlsx");
    }
    return Optional.empty();
  }

  /** The file's attributes (not following a link) when the inbox reads it; else its refusal. */
  static BasicFileAttributes check(Path file, SpreadsheetSettings settings) {
    String name = file.getFileName().toString();
    BasicFileAttributes attributes = attributes(file);
    if (attributes.isSymbolicLink()) {
      throw refused(REFUSED, name + " is a symbolic link; links are never followed, drop the file");
    }
    if (!attributes.isRegularFile()) {
      throw refused(REFUSED, name + " is not a regular file (a folder, pipe or device)");
    }
    refusal(name, settings.include())
        .ifPresent(
            reason -> {
              throw refused(REFUSED, reason);
            });
    if (attributes.size() == 0) {
      throw refused("FILE_EMPTY", name + " is empty; drop the report again with its content");
    }
    DataSize max = settings.maxBytes();
    if (attributes.size() > max.toBytes()) {
      throw refused(
          TOO_LARGE,
          name
              + " has "
              + attributes.size()
              + " bytes, more than the inbox's max-bytes ("
              + max
              + "); split the report or raise max-bytes");
    }
    return attributes;
  }

  /** Passes rows on to the sink until there are more than maxRows. */
  static Consumer<SourceRow> rowLimit(String fileName, int maxRows, Consumer<SourceRow> sink) {
    int[] rows = {0};
    return row -> {
      if (++rows[0] > maxRows) {
        throw refused(
            TOO_LARGE,
            fileName
                + " has more than "
                + maxRows
                + " data rows, the inbox's max-rows; nothing"
                + " of it was stored. Split the report or raise max-rows");
      }
      sink.accept(row);
    };
  }

  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at " + file.getFileName(), e);
    }
  }

  private static PermanentFailureException refused(String code, String reason) {
    return new PermanentFailureException(code, reason);
  }
}

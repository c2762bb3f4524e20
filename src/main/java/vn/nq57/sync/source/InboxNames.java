package vn.nq57.sync.source;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which names in an inbox are files still being written (left alone until renamed) and which are
 * names the inbox will not read (refused and moved to {@code .error/}). Temporary: dot-files, Excel
 * and LibreOffice lock files ({@code ~$report.xlsx}, {@code .~lock.report.xlsx#}) and names ending
 * {@code .tmp}, {@code .temp}, {@code .part}, {@code .partial}, {@code .crdownload}, {@code .swp}
 * or {@code ~}. A dot and an extension only ({@code .csv}, {@code ..csv}) is no temporary name but
 * a file without a name, refused.
 */
final class InboxNames {

  private static final Pattern TEMPORARY =
      Pattern.compile("(?i)(~\\$.*|\\..*|.*\\.(tmp|temp|part|partial|crdownload|swp)|.*~)");
  private static final Pattern NO_NAME = Pattern.compile("(?i)\\.+(csv|xlsx)");

  private InboxNames() {}

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
}

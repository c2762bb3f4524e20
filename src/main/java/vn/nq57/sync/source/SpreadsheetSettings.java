package vn.nq57.sync.source;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A spreadsheet inbox.
 *
 * @param inbox the folder polled; read files move to {@code .done/}, unreadable ones to {@code
 *     .error/}
 * @param include a regular expression for the file names read (CSV and XLSX by default)
 * @param pollInterval how often the inbox is looked at
 * @param settleTime a file must be unchanged this long before it is read
 */
public record SpreadsheetSettings(
    Path inbox,
    @DefaultValue("(?i).*\\.(csv|xlsx)") String include,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("2s") Duration settleTime) {}

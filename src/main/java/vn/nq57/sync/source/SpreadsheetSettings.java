package vn.nq57.sync.source;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * A spreadsheet inbox.
 *
 * @param inbox the folder polled; read files move to {@code .done/}, unreadable or refused ones to
 *     {@code .error/}
 * @param include a regular expression for the file names read (CSV and XLSX by default); another
 *     name that is not a temporary one is refused
 * @param pollInterval how often the inbox is looked at
 * @param settleTime a file must be unchanged this long before it is read
 * @param maxRows a file with more data rows is refused (nothing of it is stored)
 * @param maxBytes a larger file is refused before it is read
 * @param snapshot {@code full} when every file lists every task of the source, so a task missing
 *     from the latest file is parked MISSING_FROM_SOURCE and no longer reported; {@code partial}
 *     (the default) when a file may list only some tasks
 */
public record SpreadsheetSettings(
    Path inbox,
    @DefaultValue("(?i).*\\.(csv|xlsx)") String include,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("2s") Duration settleTime,
    @DefaultValue("100000") int maxRows,
    @DefaultValue("50MB") DataSize maxBytes,
    @DefaultValue("partial") Snapshot snapshot) {}

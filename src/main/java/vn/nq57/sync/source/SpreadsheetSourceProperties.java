package vn.nq57.sync.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The spreadsheet inbox: where departments drop their CSV and XLSX reports, and where read files
 * go.
 *
 * @param id the source id recorded with every row, e.g. {@code spreadsheet-inbox}
 * @param inbox the folder polled for new files; a read file moves to its {@code .done/} subfolder
 *     and a file that could not be read to {@code .error/}, each with a time stamp in its name
 * @param mapping the id of the mapping in {@code mappings/} that reads this layout
 * @param pollInterval how often the inbox is looked at
 * @param settleTime a file must be unchanged this long before it is read (still being copied)
 * @param include a regular expression for the file names read (CSV and XLSX by default); another
 *     name that is not a temporary one ({@code .tmp}, {@code ~$}, dot-files) is refused
 * @param maxRows a file with more data rows is refused, and nothing of it is stored
 * @param maxBytes a larger file is refused before it is read
 * @param snapshot {@code full} when every file lists every task of the source, so a task missing
 *     from the latest file is parked MISSING_FROM_SOURCE and no longer reported; {@code partial}
 *     (the default) when a file may list only some tasks
 */
@Validated
@ConfigurationProperties("nq57.sources.spreadsheet")
public record SpreadsheetSourceProperties(
    @DefaultValue("spreadsheet-inbox") @NotBlank String id,
    @DefaultValue("data/inbox") Path inbox,
    @NotBlank(message = "set nq57.sources.spreadsheet.mapping to a mapping id in mappings/")
        String mapping,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("2s") Duration settleTime,
    @DefaultValue("(?i).*\\.(csv|xlsx)") String include,
    @DefaultValue("100000") @Positive int maxRows,
    @DefaultValue("50MB") DataSize maxBytes,
    @DefaultValue("partial") Snapshot snapshot) {}

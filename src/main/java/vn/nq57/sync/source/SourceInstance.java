package vn.nq57.sync.source;

import jakarta.validation.Valid;

/**
 * One configured source: its kind, the mapping that reads its records and the settings of its kind
 * (only the block of its kind is read).
 *
 * @param kind how the source is read: spreadsheet, rest or sql
 * @param mapping the id of the mapping in {@code mappings/} that reads its records
 * @param spreadsheet the inbox settings, for kind spreadsheet
 * @param rest the tracker settings, for kind rest
 * @param sql the database settings, for kind sql
 */
public record SourceInstance(
    SourceKind kind,
    String mapping,
    @Valid SpreadsheetSettings spreadsheet,
    @Valid RestSettings rest,
    @Valid SqlSettings sql) {}

package vn.nq57.sync.source;

import jakarta.validation.Valid;

/**
 * One configured source: its kind, the mapping that reads its records and the settings of its kind
 * (only the block of its kind is read).
 */
public record SourceInstance(
    SourceKind kind,
    String mapping,
    @Valid SpreadsheetSettings spreadsheet,
    @Valid RestSettings rest,
    @Valid SqlSettings sql) {}

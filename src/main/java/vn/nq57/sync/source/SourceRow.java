package vn.nq57.sync.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record as a provincial source holds it: the source's own field names (column headers, JSON
 * fields, SQL columns) mapped to their raw text values, NFC-normalised, plus where it came from.
 *
 * @param sourceId the configured source instance, e.g. {@code spreadsheet-inbox}
 * @param location where an operator finds the record: {@code file.csv row 23} or a record id
 * @param fields field name as the source writes it → raw value (never null; blank cells are "")
 */
public record SourceRow(String sourceId, String location, Map<String, String> fields) {

  public SourceRow {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}

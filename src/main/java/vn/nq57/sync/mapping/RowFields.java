package vn.nq57.sync.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.nq57.sync.source.Headers;
import vn.nq57.sync.source.SourceRow;

/**
 * The fields of a source row looked up by name as a person reads it: case, spacing and Unicode form
 * do not matter, column order never does, and a field may go by any of its aliases.
 */
final class RowFields {

  private final Map<String, List<String>> headersByName = new HashMap<>();
  private final SourceRow row;
  private final Aliases aliases;

  RowFields(SourceRow row) {
    this(row, Aliases.NONE);
  }

  RowFields(SourceRow row, Aliases aliases) {
    this.row = row;
    this.aliases = aliases;
    for (String header : row.fields().keySet()) {
      headersByName.computeIfAbsent(Headers.normalise(header), k -> new ArrayList<>()).add(header);
    }
  }

  /** The raw value, or empty when the row has no such field under any of its spellings. */
  Optional<String> find(String field) {
    List<String> headers = new ArrayList<>();
    for (String spelling : aliases.of(field)) {
      headers.addAll(headersByName.getOrDefault(spelling, List.of()));
    }
    if (headers.size() > 1) {
      throw new UnmappableValueException(
          "SOURCE_FIELD_AMBIGUOUS",
          "The source has %d fields that all read as '%s' (%s); rename or remove the extra column."
              .formatted(headers.size(), field, headers));
    }
    return headers.stream().findFirst().map(h -> row.fields().get(h));
  }

  /** The raw value of a field the mapping needs; "" for an empty cell. */
  String get(String field) {
    return find(field)
        .orElseThrow(
            () ->
                new UnmappableValueException(
                    "SOURCE_FIELD_ABSENT",
                    "The source has no field '%s'%s (it has %s); check the header row of the file or the mapping's 'from'."
                        .formatted(field, spellings(field), row.fields().keySet())));
  }

  private String spellings(String field) {
    List<String> all = aliases.of(field);
    return all.size() > 1 ? " nor its aliases " + all.subList(1, all.size()) : "";
  }
}

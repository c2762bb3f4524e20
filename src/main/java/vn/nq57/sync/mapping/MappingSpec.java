package vn.nq57.sync.mapping;

import java.util.List;
import java.util.Map;

/**
 * A mapping definition as written in YAML, bound only after the schema has accepted it; absent
 * optional parts are null.
 */
record MappingSpec(
    String id,
    String title,
    String description,
    Key key,
    TaskCode taskCode,
    Status status,
    Field deadline,
    Field completedOn,
    Field resultSummary,
    Field difficulties,
    Field proposals) {

  record Key(String prefix, List<String> from) {}

  record TaskCode(String crosswalk) {}

  record Status(String from, Map<String, String> valueMap, boolean overdueWhenPastDue) {}

  record Field(String from) {}

  /** The source field of an optional part, or null when the mapping leaves it out. */
  static String from(Field field) {
    return field == null ? null : field.from();
  }
}

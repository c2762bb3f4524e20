package vn.nq57.sync.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.nq57.sync.source.Headers;

/**
 * The rules on selectors that the JSON Schema cannot state with a clear message: a part reads
 * exactly one way (from, firstOf, concat or value), and a condition makes exactly one test.
 */
final class SelectorCheck {

  private SelectorCheck() {}

  static void check(YamlDocument doc, MappingSpec spec) {
    Map<String, MappingSpec.Field> parts = new LinkedHashMap<>();
    parts.put("status", spec.status().select());
    parts.put("deadline", spec.deadline());
    parts.put("completedOn", spec.completedOn());
    parts.put("progressPercent", spec.progressPercent());
    parts.put("leadUnit", spec.leadUnit() == null ? null : spec.leadUnit().select());
    parts.put("resultSummary", spec.resultSummary());
    parts.put("difficulties", spec.difficulties());
    parts.put("proposals", spec.proposals());
    parts.put("evidence", spec.evidence());
    parts.forEach(
        (name, field) -> {
          if (field != null) {
            check(doc, "/" + name, field);
          }
        });
  }

  /** Checks one part at {@code pointer}. */
  static void check(YamlDocument doc, String pointer, MappingSpec.Field field) {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("from", field.from());
    given.put("firstOf", field.firstOf());
    given.put("concat", field.concat());
    given.put("value", field.value());
    List<String> ways =
        given.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
    if (ways.size() != 1) {
      throw doc.error(
          pointer,
          "say where the value comes from with exactly one of 'from', 'firstOf', 'concat' or 'value' (found %s)."
              .formatted(ways.isEmpty() ? "none" : String.join(", ", ways)));
    }
    if (field.separator() != null && field.concat() == null) {
      throw doc.error(pointer + "/separator", "'separator' applies only to 'concat'.");
    }
    if (field.optional() != null) {
      List<String> named =
          Stream.of(
                  Stream.ofNullable(field.from()),
                  Stream.ofNullable(field.firstOf()).flatMap(List::stream),
                  Stream.ofNullable(field.concat()).flatMap(List::stream))
              .flatMap(s -> s)
              .map(Headers::normalise)
              .toList();
      for (int i = 0; i < field.optional().size(); i++) {
        String name = field.optional().get(i);
        if (!named.contains(Headers.normalise(name))) {
          throw doc.error(
              pointer + "/optional/" + i,
              "'%s' is not a field of this part; list only fields named in 'from', 'firstOf' or 'concat'."
                  .formatted(name));
        }
      }
    }
    MappingSpec.When when = field.when();
    if (when != null
        && Stream.of(when.equals(), when.in(), when.blank()).filter(Objects::nonNull).count()
            != 1) {
      throw doc.error(
          pointer + "/when",
          "a condition makes exactly one test: 'equals', 'in' or 'blank' (besides 'field').");
    }
  }
}

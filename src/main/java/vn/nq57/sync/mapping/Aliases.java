package vn.nq57.sync.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.nq57.sync.source.Headers;

/**
 * The header spellings of each field a mapping names: the name itself, then the mapping's {@code
 * aliases} for it, all compared as headers are ({@link Headers#normalise}).
 */
final class Aliases {

  static final Aliases NONE = new Aliases(Map.of(), Map.of());

  private final Map<String, List<String>> spellings;
  private final Map<String, List<String>> written;

  private Aliases(Map<String, List<String>> spellings, Map<String, List<String>> written) {
    this.spellings = Map.copyOf(spellings);
    this.written = Map.copyOf(written);
  }

  /**
   * Reads the {@code aliases} part; a spelling given to two fields, or a field that is another's
   * alias, is refused, since a column could then not say which field it is.
   */
  static Aliases parse(YamlDocument doc, Map<String, List<String>> aliases) {
    if (aliases == null || aliases.isEmpty()) {
      return NONE;
    }
    Map<String, String> owner = new HashMap<>();
    aliases.keySet().forEach(field -> owner.put(Headers.normalise(field), field));
    Map<String, List<String>> spellings = new HashMap<>();
    Map<String, List<String>> written = new HashMap<>();
    aliases.forEach((field, others) -> written.put(Headers.normalise(field), List.copyOf(others)));
    aliases.forEach(
        (field, others) -> {
          Set<String> all = new LinkedHashSet<>(List.of(Headers.normalise(field)));
          for (String other : others) {
            String normal = Headers.normalise(other);
            String earlier = owner.putIfAbsent(normal, field);
            if (earlier != null && !earlier.equals(field) || !all.add(normal)) {
              throw doc.error(
                  "/aliases" + YamlDocument.segment(field),
                  "the spelling '%s' already names the field '%s'; a header may name one field only."
                      .formatted(other, earlier == null ? field : earlier));
            }
          }
          spellings.put(Headers.normalise(field), new ArrayList<>(all));
        });
    return new Aliases(spellings, written);
  }

  /** The normalised spellings of a field, its own name first. */
  List<String> of(String field) {
    String normal = Headers.normalise(field);
    return spellings.getOrDefault(normal, List.of(normal));
  }

  /** The spellings of a field as the mapping writes them: the name given, then its aliases. */
  List<String> written(String field) {
    List<String> all = new ArrayList<>(List.of(field));
    all.addAll(written.getOrDefault(Headers.normalise(field), List.of()));
    return all;
  }

  /** Every spelling of the given fields, as the mapping writes them or as aliased (normalised). */
  List<String> all(List<String> fields) {
    Set<String> out = new LinkedHashSet<>();
    fields.forEach(f -> out.addAll(of(f)));
    return List.copyOf(out);
  }
}

package vn.nq57.sync.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.national.TaskReport.Unit;

/**
 * Agency names as the plans write them, mapped to reporting units: each unit with its national
 * code, its official name and spelling variants, plus the group wordings ("Các sở, ban, ngành, địa
 * phương") that name many bodies at once and therefore no single unit.
 */
final class AgencyMap {

  private final String name;
  // Matching key of a name or variant → the unit; a group's key maps to GROUP.
  private final Map<String, Unit> byKey;
  private static final Unit GROUP = new Unit("", "");

  private AgencyMap(String name, Map<String, Unit> byKey) {
    this.name = name;
    this.byKey = Map.copyOf(byKey);
  }

  /** Reads and checks an agency map file (schema {@code agency-map.schema.json}). */
  static AgencyMap parse(String name, String origin, String yaml) {
    YamlDocument doc = YamlDocument.parse(yaml, origin);
    DefinitionSchema.AGENCY_MAP.check(doc);
    Map<String, Unit> byKey = new HashMap<>();
    Map<String, String> spelling = new HashMap<>();
    JsonNode units = doc.root().path("units");
    for (int i = 0; i < units.size(); i++) {
      JsonNode unit = units.get(i);
      Unit target =
          new Unit(unit.get("code").asString(), VietnameseText.clean(unit.get("name").asString()));
      add(doc, "/units/" + i + "/name", unit.get("name").asString(), target, byKey, spelling);
      JsonNode variants = unit.path("variants");
      for (int v = 0; v < variants.size(); v++) {
        add(
            doc,
            "/units/" + i + "/variants/" + v,
            variants.get(v).asString(),
            target,
            byKey,
            spelling);
      }
    }
    JsonNode groups = doc.root().path("groups");
    for (int i = 0; i < groups.size(); i++) {
      add(doc, "/groups/" + i, groups.get(i).asString(), GROUP, byKey, spelling);
    }
    return new AgencyMap(name, byKey);
  }

  private static void add(
      YamlDocument doc,
      String at,
      String wording,
      Unit target,
      Map<String, Unit> byKey,
      Map<String, String> spelling) {
    String key = AgencyNames.key(wording);
    String earlier = spelling.putIfAbsent(key, wording);
    if (earlier != null) {
      throw doc.error(
          at,
          "'%s' reads the same as '%s' listed earlier (case, spacing, punctuation, tone-mark placement and 'UBND' are ignored); keep one."
              .formatted(wording, earlier));
    }
    byKey.put(key, target);
  }

  String name() {
    return name;
  }

  /**
   * The agencies a cell lists (separated by ';', line breaks or commas), in order; a group yields
   * an empty entry.
   *
   * @throws UnknownAgencyException {@code AGENCY_UNMAPPED} naming the first unknown wording
   */
  List<Optional<Unit>> resolve(String cell, String field) {
    List<Optional<Unit>> agencies = new ArrayList<>();
    for (String part : AgencyNames.parts(cell)) {
      List<String> pieces = List.of(part.split(","));
      for (int i = 0; i < pieces.size(); ) {
        int end = longestKnown(pieces, i);
        if (end < 0) {
          throw unmapped(pieces, i, field);
        }
        Unit unit = byKey.get(AgencyNames.key(String.join(",", pieces.subList(i, end))));
        agencies.add(unit == GROUP ? Optional.empty() : Optional.of(unit));
        i = end;
      }
    }
    return agencies;
  }

  // Agency names contain commas ("Sở Văn hóa, Thể thao và Du lịch"), so the longest run of
  // comma-separated pieces that the map knows is one agency.
  private int longestKnown(List<String> pieces, int from) {
    for (int end = pieces.size(); end > from; end--) {
      if (byKey.containsKey(AgencyNames.key(String.join(",", pieces.subList(from, end))))) {
        return end;
      }
    }
    return -1;
  }

  // The message quotes the rest of the part; the queued wording stops where a known agency starts,
  // so "Sở Mới, Sở Nội vụ" queues "Sở Mới" only.
  private UnknownAgencyException unmapped(List<String> pieces, int from, String field) {
    String wording = String.join(",", pieces.subList(from, pieces.size())).strip();
    int next = from + 1;
    while (next < pieces.size() && longestKnown(pieces, next) < 0) {
      next++;
    }
    return new UnknownAgencyException(
        String.join(",", pieces.subList(from, next)).strip(),
        "Field '%s' names the agency %s, which the agency map %s does not know; add it as a unit, a spelling variant or a group there, or correct the source."
            .formatted(field, VietnameseText.quote(wording), name));
  }

  /** An agency wording the map does not know: the row is parked and the wording queued. */
  static final class UnknownAgencyException extends UnmappableValueException {

    private final String wording;

    UnknownAgencyException(String wording, String reason) {
      super("AGENCY_UNMAPPED", reason);
      this.wording = wording;
    }

    String wording() {
      return wording;
    }
  }
}

package vn.nq57.sync.mapping;

import java.util.Map;

/**
 * Which national indicator a row reports: its wording looked up in the mapping's code map, or the
 * selected text taken as the code itself when the mapping has no code map.
 */
final class IndicatorCodes {

  private static final String CODE = "[A-Za-z0-9._-]{1,64}";

  private final Selector source;
  private final Map<String, String> byWording;
  private final String mappingName;

  private IndicatorCodes(Selector source, Map<String, String> byWording, String mappingName) {
    this.source = source;
    this.byWording = byWording == null ? null : Map.copyOf(byWording);
    this.mappingName = mappingName;
  }

  static IndicatorCodes of(YamlDocument doc, IndicatorSpec.Indicator spec) {
    Map<String, String> codeMap =
        spec.codeMap() == null
            ? null
            : ValueMaps.normalised(doc, "/indicator/codeMap", spec.codeMap());
    String name = doc.origin().substring(doc.origin().lastIndexOf('/') + 1);
    return new IndicatorCodes(Selector.of(spec.select()), codeMap, name);
  }

  Selector source() {
    return source;
  }

  String code(RowFields row) {
    String raw = VietnameseText.clean(source.read(row));
    if (raw.isEmpty()) {
      throw new UnmappableValueException(
          "INDICATOR_MISSING",
          "Field '%s' is blank; name the indicator in the source.".formatted(source.label()));
    }
    String code = byWording == null ? raw : byWording.get(VietnameseText.normalise(raw));
    if (code == null || !code.matches(CODE)) {
      throw new UnmappableValueException(
          "INDICATOR_UNMAPPED",
          "Field '%s' has the value %s, which is not a known indicator; add it to indicator.codeMap in %s or correct the source."
              .formatted(source.label(), VietnameseText.quote(raw), mappingName));
    }
    return code;
  }
}

package vn.nq57.sync.mappingstore;

import java.util.ArrayList;
import java.util.List;
import vn.nq57.sync.mapping.AgencyMaps;
import vn.nq57.sync.mapping.IndicatorMapping;
import vn.nq57.sync.mapping.MappingDefinitionException;

/**
 * Checks a version of an agency map or an indicator mapping, as {@link DefinitionCheck} checks a
 * task mapping: the engine's schema and rules, and that an indicator mapping's id is its mapping's.
 */
final class DocumentChecks {

  private DocumentChecks() {}

  static Validation agencyMap(String mappingId, String yaml) {
    try {
      AgencyMaps.check(DefinitionCheck.origin(mappingId), yaml);
      return new Validation(null, List.of(), List.of());
    } catch (MappingDefinitionException e) {
      return new Validation(null, DefinitionError.from(e), List.of());
    }
  }

  static Validation indicator(String mappingId, String yaml) {
    String origin = DefinitionCheck.origin(mappingId);
    IndicatorMapping mapping;
    try {
      mapping = IndicatorMapping.parse(yaml, origin);
    } catch (MappingDefinitionException e) {
      return new Validation(null, DefinitionError.from(e), List.of());
    }
    List<DefinitionError> errors = new ArrayList<>();
    if (!mapping.id().equals(mappingId)) {
      errors.add(
          DefinitionCheck.error(
              yaml,
              origin,
              "/id",
              "the id '%s' must be the mapping's id '%s'.".formatted(mapping.id(), mappingId)));
    }
    return new Validation(null, errors, List.of());
  }
}

package vn.nq57.sync.mappingstore;

/**
 * What a stored mapping document is, and what a run records having used: a task mapping, the
 * crosswalk stored with it, an agency map or an indicator mapping. A mapping id keeps one kind for
 * all its versions; CROSSWALK is never a mapping of its own (it is part of a task mapping version).
 */
public enum MappingKind {
  TASK,
  CROSSWALK,
  AGENCY_MAP,
  INDICATOR;

  /**
   * The kind of a new mapping id: {@code <name>.agencies} is an agency map, a document with a
   * top-level {@code indicator} an indicator mapping, any other a task mapping.
   */
  static MappingKind of(String mappingId, String yaml) {
    if (mappingId.endsWith(".agencies")) {
      return AGENCY_MAP;
    }
    try {
      return DefinitionCheck.tree(yaml).has("indicator") ? INDICATOR : TASK;
    } catch (vn.nq57.sync.mapping.MappingDefinitionException e) {
      return TASK;
    }
  }
}

package vn.nq57.sync.mappingstore;

/**
 * The life of a mapping version: a DRAFT is stored but never used; one version per mapping is
 * ACTIVE; a version replaced by another becomes RETIRED and may be activated again.
 */
public enum VersionState {
  DRAFT,
  ACTIVE,
  RETIRED
}

/**
 * Mapping administration: every version of every field mapping (with its crosswalk) in the
 * database, with author, time, reason and diff; one active version per mapping; import of the
 * {@code mappings/} folder; the admin API {@code /api/mappings} (draft, validate, preview,
 * activate, roll back, export) and the work queue of unmapped source values. Entry points: {@link
 * vn.nq57.sync.mappingstore.MappingVersions} (the version a run uses) and {@link
 * vn.nq57.sync.mappingstore.UnmappedValues}. Calls mapping, source (stored records, configured
 * sources) and support; never run or submission.
 */
package vn.nq57.sync.mappingstore;

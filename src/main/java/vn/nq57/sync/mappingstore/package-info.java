/**
 * The mapping store: every version of every task mapping (with its crosswalk), agency map and
 * indicator mapping in the database ({@code mapping_version}, {@code mapping_activation}), with
 * author, time, reason and diff; one active version per mapping; import of the {@code mappings/}
 * folder; the admin API {@code /api/mappings} (draft, validate, preview, activate, roll back,
 * export, crosswalk proposals) and the work queue of unmapped statuses and agencies ({@code
 * unmapped_value}). Entry points: {@link vn.nq57.sync.mappingstore.MappingVersions} (the version a
 * run uses), {@link vn.nq57.sync.mappingstore.UnmappedValues} and {@link
 * vn.nq57.sync.mappingstore.MappingWork} (an admin's mapping work, for the web console). It may
 * call mapping, national (the report model), source (configured sources and their stored records),
 * access (every version change goes to the audit log) and support; never run or submission.
 */
@ApplicationModule(allowedDependencies = {"access", "mapping", "national", "source", "support"})
package vn.nq57.sync.mappingstore;

import org.springframework.modulith.ApplicationModule;

/**
 * The declarative mapping from a provincial source row to the national {@code TaskReport}: it loads
 * and validates mapping definitions (YAML checked against {@code mapping.schema.json}) and their
 * crosswalks, derives a stable local key per row, and maps a row to a report or parks it with a
 * stable reason code when anything is not understood. It is plain Java (no Spring, no Camel, no
 * table) and may call only national (the report model) and source (the row it reads); callers use
 * {@link vn.nq57.sync.mapping.TaskMapping}, {@link vn.nq57.sync.mapping.MappingOutcome} and {@link
 * vn.nq57.sync.mapping.KeyResult}; {@link vn.nq57.sync.mapping.IndicatorMapping} maps figures to
 * indicator items, and {@link vn.nq57.sync.mapping.CrosswalkProposer} proposes crosswalk links for
 * an administrator to confirm.
 */
@ApplicationModule(allowedDependencies = {"national", "source"})
package vn.nq57.sync.mapping;

import org.springframework.modulith.ApplicationModule;

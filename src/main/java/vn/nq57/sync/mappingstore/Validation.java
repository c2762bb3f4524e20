package vn.nq57.sync.mappingstore;

import java.util.List;
import vn.nq57.sync.mapping.TaskMapping;

/**
 * The outcome of checking a mapping version: valid when there are no errors, with the ready task
 * mapping when it is one (null for agency maps and indicator mappings); warnings (e.g. a source
 * field no stored record has) never stop a version.
 */
record Validation(
    TaskMapping mapping, List<DefinitionError> errors, List<DefinitionError> warnings) {

  Validation {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  boolean valid() {
    return errors.isEmpty();
  }
}

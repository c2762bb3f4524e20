package vn.nq57.sync.mappingstore;

import java.util.List;

/** A mapping version fails its checks; answered 422 with every error's file, line and field. */
public class InvalidMappingException extends RuntimeException {

  private final String mappingId;
  private final Integer version;
  private final List<DefinitionError> errors;

  InvalidMappingException(String mappingId, Integer version, List<DefinitionError> errors) {
    super(
        "Mapping '%s'%s is not valid: %s"
            .formatted(
                mappingId,
                version == null ? "" : " version " + version,
                String.join("; ", errors.stream().map(DefinitionError::describe).toList())));
    this.mappingId = mappingId;
    this.version = version;
    this.errors = List.copyOf(errors);
  }

  String mappingId() {
    return mappingId;
  }

  Integer version() {
    return version;
  }

  public List<DefinitionError> errors() {
    return errors;
  }
}

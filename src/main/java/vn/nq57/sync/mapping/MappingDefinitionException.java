package vn.nq57.sync.mapping;

/**
 * A mapping definition or crosswalk that cannot be used; the message names the file, the line and
 * JSON path of each problem and what is wrong, so an administrator can fix it without reading code.
 */
public class MappingDefinitionException extends RuntimeException {

  /** A definition problem described for the administrator. */
  public MappingDefinitionException(String message) {
    super(message);
  }

  /** A definition problem caused by a lower-level failure (unreadable file, broken YAML). */
  public MappingDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }
}

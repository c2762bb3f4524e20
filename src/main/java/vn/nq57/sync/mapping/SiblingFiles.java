package vn.nq57.sync.mapping;

import java.util.function.Function;

/**
 * The files a mapping refers to (crosswalk, agency map), which lie in the mapping's folder and are
 * read through the loader the caller gives, so stored and versioned mappings work the same way.
 */
final class SiblingFiles {

  private final YamlDocument mapping;
  private final Function<String, String> loader;

  SiblingFiles(YamlDocument mapping, Function<String, String> loader) {
    this.mapping = mapping;
    this.loader = loader;
  }

  /** Reads and parses a referenced file, naming the mapping in every problem. */
  <T> T parse(String pointer, String kind, String name, Parser<T> parser) {
    String text = read(pointer, kind, name);
    // The file sits next to the mapping, so its messages name it by the mapping's folder.
    String origin = mapping.origin().substring(0, mapping.origin().lastIndexOf('/') + 1) + name;
    try {
      return parser.parse(name, origin, text);
    } catch (MappingDefinitionException e) {
      throw new MappingDefinitionException(
          e.getMessage() + " (" + kind + " of " + mapping.origin() + ")", e);
    }
  }

  private String read(String pointer, String kind, String name) {
    String text;
    try {
      text = loader.apply(name);
    } catch (RuntimeException e) {
      throw new MappingDefinitionException(
          "%s %s: %s '%s' cannot be read: %s"
              .formatted(mapping.origin(), mapping.where(pointer), kind, name, e.getMessage()),
          e);
    }
    if (text == null) {
      throw mapping.error(
          pointer, "%s file '%s' does not exist next to the mapping.".formatted(kind, name));
    }
    return text;
  }

  /** Parses one kind of referenced file. */
  interface Parser<T> {
    T parse(String name, String origin, String yaml);
  }
}

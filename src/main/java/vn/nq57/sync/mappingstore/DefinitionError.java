package vn.nq57.sync.mappingstore;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nq57.sync.mapping.MappingDefinitionException;

/**
 * One problem of a mapping definition, located for the admin who fixes it.
 *
 * @param file the document at fault (the mapping or its crosswalk)
 * @param line 1-based line in that document; null when the problem has no line
 * @param field JSON pointer of the field at fault, e.g. {@code /status/valueMap/Đã hoàn thành}
 * @param message what is wrong and what to do
 */
public record DefinitionError(String file, Integer line, String field, String message) {

  private static final Pattern LIST_HEAD = Pattern.compile("^(.+?) is not a valid definition:$");
  private static final Pattern LIST_ITEM =
      Pattern.compile("^\\s*- line (\\d+)(?:, at (.*?))?: (.*)$");
  private static final Pattern SINGLE = Pattern.compile("^(.+?) line (\\d+)(?:, at (.*?))?: (.*)$");

  /** Splits the engine's message, which names file, line and pointer of each problem. */
  static List<DefinitionError> from(MappingDefinitionException e) {
    String[] lines = e.getMessage().split("\n");
    List<DefinitionError> errors = new ArrayList<>();
    Matcher head = LIST_HEAD.matcher(lines[0]);
    if (head.matches()) {
      for (int i = 1; i < lines.length; i++) {
        Matcher item = LIST_ITEM.matcher(lines[i]);
        if (item.matches()) {
          errors.add(
              new DefinitionError(
                  head.group(1), Integer.valueOf(item.group(1)), item.group(2), item.group(3)));
        }
      }
    }
    Matcher single = SINGLE.matcher(lines[0]);
    if (errors.isEmpty() && single.matches()) {
      errors.add(
          new DefinitionError(
              single.group(1), Integer.valueOf(single.group(2)), single.group(3), single.group(4)));
    }
    if (errors.isEmpty()) {
      errors.add(new DefinitionError(null, null, null, e.getMessage()));
    }
    return errors;
  }

  /** "file line N, at /field: message", as the engine words it. */
  String describe() {
    String where = line == null ? "" : " line " + line + (field == null ? "" : ", at " + field);
    return (file == null ? "" : file) + where + ": " + message;
  }
}

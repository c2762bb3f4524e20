package vn.nq57.sync.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.nq57.sync.mappingstore.DefinitionError;

/**
 * The edited YAML line by line, each with the errors found at that line, so the page can show a
 * message next to the line it is about.
 */
record NumberedLines(List<Line> lines) {

  static NumberedLines of(String yaml, List<DefinitionError> errors) {
    List<Line> lines = new ArrayList<>();
    String[] texts = yaml.split("\r?\n", -1);
    for (int i = 0; i < texts.length; i++) {
      int number = i + 1;
      List<String> messages =
          errors.stream()
              .filter(e -> e.line() != null && e.line() == number && !isCrosswalk(e))
              .map(e -> e.field() == null ? e.message() : e.field() + ": " + e.message())
              .toList();
      lines.add(new Line(number, texts[i], messages));
    }
    return new NumberedLines(lines);
  }

  private static boolean isCrosswalk(DefinitionError error) {
    return Objects.toString(error.file(), "").contains("crosswalk");
  }

  /** One line of the YAML and the errors at it. */
  record Line(int number, String text, List<String> errors) {}
}

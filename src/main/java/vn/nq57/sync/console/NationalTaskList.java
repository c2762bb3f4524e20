package vn.nq57.sync.console;

import java.util.ArrayList;
import java.util.List;
import vn.nq57.sync.mapping.CrosswalkProposer.CatalogueTask;

/**
 * The national task list as an admin pastes it from the export of the national system: one task per
 * line, its code, then a tab or a semicolon, then its title. Blank lines are skipped; a line
 * without both parts is named, not guessed.
 */
final class NationalTaskList {

  static final int MAX_TASKS = 5000;

  private NationalTaskList() {}

  static Parsed parse(String text) {
    List<CatalogueTask> tasks = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int cut = line.indexOf('\t');
      if (cut < 0) {
        cut = line.indexOf(';');
      }
      String code = cut < 0 ? "" : line.substring(0, cut).strip();
      String title = cut < 0 ? "" : line.substring(cut + 1).strip();
      if (code.isEmpty() || title.isEmpty() || code.length() > 64) {
        problems.add(Integer.toString(i + 1));
      } else {
        tasks.add(new CatalogueTask(code, title));
      }
    }
    if (tasks.size() > MAX_TASKS) {
      problems.add("> " + MAX_TASKS);
    }
    return new Parsed(tasks, problems);
  }

  /** The tasks read, and the line numbers that could not be read. */
  record Parsed(List<CatalogueTask> tasks, List<String> problems) {}
}

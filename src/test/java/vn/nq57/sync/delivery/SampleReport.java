package vn.nq57.sync.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo report "Phụ lục I" (51 rows, 43 of them mappable into one submission) and variants of
 * it: the header with a few of its rows whose difficulties cell says something new, so each of
 * those tasks changes and goes out again at the next revision.
 */
final class SampleReport {

  static final Path SAMPLE = Path.of("src/main/resources/demo/bao-cao-phu-luc-I.csv");
  static final int MAPPED_ITEMS = 43;

  private SampleReport() {}

  static byte[] sample() {
    try {
      return Files.readAllBytes(SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether this file line (1 = header) has the three last cells empty, so it can be changed. */
  static boolean changeable(int line) {
    return line > 1 && line <= lines().size() && lines().get(line - 1).endsWith(",,,");
  }

  /** The header and the given file lines, each with a new difficulties cell naming the variant. */
  static byte[] variant(String name, List<Integer> fileLines) {
    List<String> all = lines();
    List<String> out = new ArrayList<>();
    out.add(all.get(0));
    for (int line : fileLines) {
      String row = all.get(line - 1);
      // The last three cells (difficulties, proposals, assessment) are empty: fill the first.
      out.add(row.substring(0, row.length() - 3) + ",Vướng mắc mới (" + name + "),,");
    }
    return (String.join("\r\n", out) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> lines() {
    return new String(sample(), StandardCharsets.UTF_8).lines().toList();
  }
}

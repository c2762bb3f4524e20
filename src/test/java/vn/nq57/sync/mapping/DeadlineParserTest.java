package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class DeadlineParserTest {

  private static final Path SEEDS = Path.of("/work/shared/sample-data/seed-tasks");
  private static final String SAME = "<the text>";

  /** raw cell, dueOn, dueText (SAME = the cleaned cell), recurring. */
  static Stream<Arguments> deadlines() {
    return Stream.of(
        // blank
        row("", null, null, false),
        row("   ", null, null, false),
        // exact dates: dueText null, the date says it all
        row("31/12/2025", "2025-12-31", null, false),
        row("30/9/2025", "2025-09-30", null, false),
        row("30/09/2025", "2025-09-30", null, false),
        row("30/06/2025", "2025-06-30", null, false),
        row("30/06/2028", "2028-06-30", null, false),
        row("31-12-2025", "2025-12-31", null, false),
        row("31.12.2025", "2025-12-31", null, false),
        row("31/8/ 2025", "2025-08-31", null, false),
        row("01/10/2025", "2025-10-01", null, false),
        row("03/6/2025", "2025-06-03", null, false),
        row("15/5/2025", "2025-05-15", null, false),
        row("15/7/2025", "2025-07-15", null, false),
        row("20/6/2025", "2025-06-20", null, false),
        row("20/7/2025", "2025-07-20", null, false),
        row("21/6/2025", "2025-06-21", null, false),
        row("30/11/2025", "2025-11-30", null, false),
        row("30/4/2025", "2025-04-30", null, false),
        row("30/6/2025", "2025-06-30", null, false),
        row("31/3/2025", "2025-03-31", null, false),
        row("31/7/2025", "2025-07-31", null, false),
        row("31/8/2025", "2025-08-31", null, false),
        // a date with a remark: the remark must travel, so dueText keeps the whole cell
        row("31/12/2025 (Đã hoàn thành; tiếp tục triển khai thực hiện)", "2025-12-31", SAME, false),
        row("15/10/2025 (Đã hoàn thành; tiếp tục triển khai thực hiện)", "2025-10-15", SAME, false),
        row("20/10/2025 (Đã hoàn thành; tiếp tục triển khai thực hiện)", "2025-10-20", SAME, false),
        row("20/9/2025 (Đã hoàn thành; tiếp tục triển khai thực hiện)", "2025-09-20", SAME, false),
        row("30/9/2025 (Đã hoàn thành; tiếp tục triển khai thực hiện)", "2025-09-30", SAME, false),
        // months: the last day of the month
        row("Tháng 12/2025", "2025-12-31", SAME, false),
        row("Tháng 10/2025", "2025-10-31", SAME, false),
        row("Tháng 11/2025", "2025-11-30", SAME, false),
        row("Tháng 9/2026", "2026-09-30", SAME, false),
        row("tháng 9 năm 2026", "2026-09-30", SAME, false),
        row("12/2025", "2025-12-31", SAME, false),
        row("11/2026", "2026-11-30", SAME, false),
        row("6/2026", "2026-06-30", SAME, false),
        row("9/2026", "2026-09-30", SAME, false),
        row("2/2028", "2028-02-29", SAME, false),
        // quarters: the last day of the quarter
        row("Quý IV/2025", "2025-12-31", SAME, false),
        row("Quý 4/2025", "2025-12-31", SAME, false),
        row("Quý IV năm 2025", "2025-12-31", SAME, false),
        row("quý i/2026", "2026-03-31", SAME, false),
        row("Quý II/2026", "2026-06-30", SAME, false),
        row("Quý III/2026", "2026-09-30", SAME, false),
        // years: 31 December
        row("2025", "2025-12-31", SAME, false),
        row("Năm 2025", "2025-12-31", SAME, false),
        // "before" is strict: the last allowed day is the one before
        row("Trước ngày 20/12/2025", "2025-12-19", SAME, false),
        row("TRƯỚC NGÀY 1/1/2026", "2025-12-31", SAME, false),
        // recurring
        row("Thường xuyên", null, SAME, true),
        row("Thực hiện thường xuyên", null, SAME, true),
        row("Thường xuyên các tháng cuối năm", null, SAME, true),
        row("Hằng năm", null, SAME, true),
        row("Hàng năm", null, SAME, true),
        row("Hằng tháng", null, SAME, true),
        row("Hàng tháng", null, SAME, true),
        row("Hằng quý", null, SAME, true),
        row("Hàng quý", null, SAME, true),
        row("Hằng tuần", null, SAME, true),
        row("Hàng tuần", null, SAME, true),
        row("Hằng ngày", null, SAME, true),
        row("Hàng ngày", null, SAME, true),
        // conditional
        row("Sau khi có Quyết định của Thủ tướng Chính phủ", null, SAME, false),
        row("Sau khi Đề án được ban hành", null, SAME, false),
        row("Sau khi Đề án ban hành", null, SAME, false),
        row("Sau khi Bộ Văn hóa, Thể thao và Du lịch ban hành", null, SAME, false),
        row("Sau khi Chương trình được ban hành", null, SAME, false),
        row("Sau khi Trung ương ban hành", null, SAME, false),
        row("Sau khi Trung ương ban hành Chương trình", null, SAME, false),
        row("Sau khi có hướng dẫn của Văn phòng Chính phủ", null, SAME, false),
        row("Sau khi có văn bản của Trung ương", null, SAME, false),
        row("Theo lộ trình Trung ương", null, SAME, false),
        row("Theo tiến độ của Bộ Khoa học và Công nghệ", null, SAME, false),
        row("Khi có hướng dẫn", null, SAME, false));
  }

  private static Arguments row(String raw, String dueOn, String dueText, boolean recurring) {
    LocalDate date = dueOn == null ? null : LocalDate.parse(dueOn);
    return Arguments.of(raw, new Deadline(date, SAME.equals(dueText) ? raw : dueText, recurring));
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @MethodSource("deadlines")
  void readsEveryDeadlineFormOfTheRealDocuments(String raw, Deadline expected) {
    assertThat(DeadlineParser.parse(raw, "deadline")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" in NFD, upper case and spaced out still reads")
  @MethodSource("deadlines")
  void readsDecomposedUpperCaseAndSpacedOutText(String raw, Deadline expected) {
    String messy =
        " "
            + Normalizer.normalize(raw.toUpperCase(java.util.Locale.ROOT), Normalizer.Form.NFD)
            + "\u00a0";

    Deadline read = DeadlineParser.parse(messy, "deadline");

    assertThat(read.dueOn()).isEqualTo(expected.dueOn());
    assertThat(read.recurring()).isEqualTo(expected.recurring());
  }

  @Test
  void dueTextIsNfcAndSingleSpaced() {
    String raw = Normalizer.normalize("Quý  IV/2025\u00a0", Normalizer.Form.NFD);

    assertThat(DeadlineParser.parse(raw, "deadline").dueText()).isEqualTo("Quý IV/2025");
  }

  @ParameterizedTest(name = "\"{0}\" is parked")
  @ValueSource(
      strings = {
        "22/6-2025",
        "31/2/2025",
        "31.12/2025",
        "Quý V/2025",
        "Quý 5/2025",
        "13/2025",
        "Tháng 0/2025",
        "1925",
        "Năm 20255",
        "31/12/25",
        "Cuối năm",
        "Trước tháng 12/2025",
        "31/12/2025 và 30/6/2026",
        "Trước ngày 31/2/2025",
        "Sau khichưa rõ",
        "x"
      })
  void parksWhatItDoesNotUnderstand(String raw) {
    assertThatThrownBy(() -> DeadlineParser.parse(raw, "Thời hạn"))
        .isInstanceOfSatisfying(
            UnmappableValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("DEADLINE_UNRECOGNISED");
              assertThat(e.getMessage())
                  .contains("'Thời hạn'", "'" + raw + "'", "correct it in the source");
            });
  }

  @Test
  void parksAWordedDeadlineLongerThanTheContractAllows() {
    String raw = "Sau khi " + "Trung ương ban hành văn bản hướng dẫn, ".repeat(6);

    assertThatThrownBy(() -> DeadlineParser.parse(raw, "Thời hạn"))
        .isInstanceOfSatisfying(
            UnmappableValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("FIELD_TOO_LONG");
              assertThat(e.getMessage()).contains("'Thời hạn'", "200");
            });
  }

  @Test
  void theTableCoversEveryDeadlineOfTheSeedDocuments() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "sample data not present on this machine");
    Set<String> covered = new TreeSet<>();
    deadlines().forEach(a -> covered.add((String) a.get()[0]));

    assertThat(seedDeadlines()).isSubsetOf(covered);
  }

  private static Set<String> seedDeadlines() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> values = new TreeSet<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(file)) {
          JsonNode deadline = line.isBlank() ? null : json.readTree(line).get("deadline_text");
          if (deadline != null && deadline.isString()) {
            values.add(deadline.asString());
          }
        }
      }
    }
    return values;
  }
}
